/**
 * The house styles the eval rewrites BBC copy into before analysis (British single quotes, the NYT feed's doubled
 * apostrophes), and where an offset of the original lands in the rewritten text.
 */
export interface Rewrite {
  text: (text: string) => string;
  /** Where offset `at` of the original text lies in the rewritten one. */
  offset: (original: string, at: number) => number;
}

/** A transform as scoring takes it: none, a rewrite that keeps offsets, or one that maps them. */
export function asRewrite(transform: ((text: string) => string) | Rewrite | undefined): Rewrite {
  if (transform === undefined) return { text: (t) => t, offset: (_, at) => at };
  return typeof transform === 'function' ? { text: transform, offset: (_, at) => at } : transform;
}

/** BBC copy in British style: double quotes become single ones, apostrophes stay, offsets unchanged. */
export function britishStyle(text: string): string {
  return text
    .replace(/"/g, "'")
    .replace(/\u201c/g, '\u2018')
    .replace(/\u201d/g, '\u2019');
}

const DOUBLE_MARK = /["\u201c\u201d]/g;

/**
 * Copy as the NYT's plain-text feed writes it: every double quote mark, straight or curly, becomes two
 * apostrophes (''…''), so the text grows by one character a mark and label offsets shift with it.
 */
export const nytStyle: Rewrite = {
  text: (text) => text.replace(DOUBLE_MARK, "''"),
  offset: (original, at) => at + (original.slice(0, at).match(DOUBLE_MARK) ?? []).length,
};
