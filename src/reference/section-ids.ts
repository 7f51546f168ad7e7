/**
 * The ids of a command entry's own sections: its headings' anchors, the links of its contents list and of its option
 * rows, the fragments the site check knows every entry has, and how the search tells an examples section apart.
 */
export const OPTIONS_SECTION = 'options';
export const EXAMPLES_SECTION = 'examples';
export const IN_THE_NOTES_SECTION = 'in-the-notes';
