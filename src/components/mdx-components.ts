import CodeBlock from './CodeBlock.astro';
import H2 from './H2.astro';
import InlineCode from './InlineCode.astro';
import LineBreak from './LineBreak.astro';
import H3 from './H3.astro';
import H4 from './H4.astro';
import H5 from './H5.astro';
import H6 from './H6.astro';
import Screenshot from './Screenshot.astro';
import ShellTab from './ShellTab.astro';
import ShellTabs from './ShellTabs.astro';
import TableHeaderCell from './TableHeaderCell.astro';
import TaskCheckbox from './TaskCheckbox.astro';

/** What MDX renders its elements with: note files use `<Screenshot>` and `<ShellTabs>` without importing them. */
export const mdxComponents = { pre: CodeBlock, code: InlineCode, br: LineBreak, h2: H2, h3: H3, h4: H4, h5: H5, h6: H6, input: TaskCheckbox, th: TableHeaderCell, Screenshot, ShellTabs, ShellTab };
