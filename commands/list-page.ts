/** Stories on one page of `/brief list`; `newsbrief list 2` at a shell is told the --limit that covers that page. */
export const LISTED = 15;
