/**
 * docs.docker.com names a flag's anchor after its long name: `--publish` -> `#publish`. Apart from the
 * schema so that code run in the browser (the explainer) can use it without the schema library.
 */
export function optionAnchor(option: { long?: string | undefined; short?: string | undefined }): string {
  return (option.long ?? option.short!).replace(/^-+/, '');
}
