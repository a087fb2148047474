import { textOccurrences } from './text-occurrences';

/** A match as `String.matchAll` gives it: the whole text matched, then the groups, and where it starts. */
export interface LiteralMatch {
  0: string;
  [group: number]: string | undefined;
  index: number;
}

/**
 * What `literalMatches` reads around each occurrence, compiled once: the prefix as a sticky lookbehind that captures
 * it, the suffix as a sticky expression. Callers keep their constant patterns at module level, so each is compiled
 * once, not once per name (who is who asks about hundreds of names, and compiling a fresh expression holding each
 * name cost more than running it).
 */
export interface LiteralPattern {
  before: RegExp;
  after: RegExp;
}

export function literalPattern(prefix: string, suffix = '', flags = ''): LiteralPattern {
  return { before: new RegExp(`(?<=(${prefix}))`, `y${flags}`), after: new RegExp(suffix, `y${flags}`) };
}

/**
 * `text.matchAll(new RegExp(prefix + escapeRegExp(literal) + suffix, 'g' + flags))`, found from the literal's
 * occurrences (`indexOf`) instead of a regular expression tried at every position of the copy: who is who checks
 * hundreds of names against the whole copy, and V8 scans a pattern opening on a character class or an assertion
 * character by character. The prefix is read backwards from each occurrence, and an occurrence whose match would
 * start inside the previous match is skipped, as the global scan skips it. A lookbehind is atomic (never re-entered
 * when what follows fails), so reading the prefix and then the suffix at the occurrence's end is the one expression
 * `(?<=(prefix))literal suffix` (the suffix holds no back-reference). Exact when `prefix` can end right before
 * a given occurrence in one way only, or when the suffix forbids an occurrence followed by the prefix's own words
 * (title-of-surname's one-to-three-word prefix): otherwise the regular expression's leftmost match may span an
 * earlier occurrence ("Tom Reid Jim Reid") where this stops at it (the limit is tested).
 */
export function literalMatches(
  text: string,
  literal: string,
  pattern: LiteralPattern,
  unmasked?: string,
): Generator<LiteralMatch> {
  return scan(text, literal, pattern, unmasked);
}

/** Whether `literalMatches` finds any: `RegExp.test`, stopping at the first. */
export function hasLiteralMatch(text: string, literal: string, pattern: LiteralPattern, unmasked?: string): boolean {
  return !scan(text, literal, pattern, unmasked).next().done;
}

/**
 * `unmasked`: when `text` is a copy with its quotations blanked (masked-copy.ts), the copy it was made from. Its
 * occurrences are read instead, from the index the copy already has, and each one `text` still holds is kept:
 * masking only writes spaces over whole quoted spans, so every occurrence left in `text` is one in `unmasked` at
 * the same place. A blanked copy searched in its own right built a fourth index of a long article, ~4.5 bytes a
 * character held (review 51's B-r51-9).
 */
function* scan(
  text: string,
  literal: string,
  { before, after }: LiteralPattern,
  unmasked?: string,
): Generator<LiteralMatch> {
  if (!literal) return;
  let end = 0;
  for (const q of textOccurrences(unmasked ?? text, literal)) {
    if (unmasked && !text.startsWith(literal, q)) continue;
    before.lastIndex = q;
    const b = before.exec(text);
    if (!b) continue;
    const start = q - b[1]!.length;
    if (start < end) continue;
    after.lastIndex = q + literal.length;
    const a = after.exec(text);
    if (!a) continue;
    end = q + literal.length + a[0].length;
    const match = [b[1]! + literal + a[0], ...b.slice(2), ...a.slice(1)] as unknown as LiteralMatch;
    match.index = start;
    yield match;
  }
}

/**
 * How often the copy writes a word (or a name) whole: `(?<![\w'’-])word(?![\w-])` counted over the copy, from
 * its occurrences.
 */
export function countWord(text: string, word: string): number {
  if (word.length < 2) return 0;
  let count = 0;
  // A counted occurrence is read on from its end (the occurrences overlapping it are skipped).
  let from = 0;
  for (const q of textOccurrences(text, word)) {
    if (q < from) continue;
    const before = text[q - 1] ?? '';
    const after = text[q + word.length] ?? '';
    if (!/[\w'’-]/.test(before) && !/[\w-]/.test(after)) {
      count++;
      from = q + word.length;
    }
  }
  return count;
}
