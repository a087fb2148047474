import { escapeRegExp } from './escape-reg-exp';

/** A match as `String.matchAll` gives it: the whole text matched, then the groups, and where it starts. */
export interface LiteralMatch {
  0: string;
  [group: number]: string | undefined;
  index: number;
}

/**
 * `text.matchAll(new RegExp(prefix + escapeRegExp(literal) + suffix, 'g' + flags))`, found from the literal's
 * occurrences (`indexOf`) instead of a regular expression tried at every position of the copy: who is who checks
 * hundreds of names against the whole copy, and V8 scans a pattern opening on a character class or an assertion
 * character by character. The prefix is read backwards from each occurrence, and an occurrence whose match would
 * start inside the previous match is skipped, as the global scan skips it. Exact when `prefix` can end right before
 * a given occurrence in one way only, or when the suffix forbids an occurrence followed by the prefix's own words
 * (title-of-surname's one-to-three-word prefix): otherwise the regular expression's leftmost match may span an
 * earlier occurrence ("Tom Reid Jim Reid") where this stops at it (the limit is tested).
 */
export function literalMatches(
  text: string,
  literal: string,
  prefix: string,
  suffix = '',
  flags = '',
): Generator<LiteralMatch> {
  return scan(text, literal, prefix, suffix, flags);
}

/** Whether `literalMatches` finds any: `RegExp.test`, stopping at the first. */
export function hasLiteralMatch(text: string, literal: string, prefix: string, suffix = '', flags = ''): boolean {
  return !scan(text, literal, prefix, suffix, flags).next().done;
}

function* scan(text: string, literal: string, prefix: string, suffix: string, flags: string): Generator<LiteralMatch> {
  if (!literal) return;
  const at = new RegExp(`(?<=(${prefix}))${escapeRegExp(literal)}${suffix}`, `y${flags}`);
  let end = 0;
  for (let q = text.indexOf(literal); q >= 0; q = text.indexOf(literal, q + 1)) {
    at.lastIndex = q;
    const m = at.exec(text);
    if (!m) continue;
    const start = q - m[1]!.length;
    if (start < end) continue;
    end = q + m[0].length;
    const match = [m[1]! + m[0], ...m.slice(2)] as unknown as LiteralMatch;
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
  for (let q = text.indexOf(word); q >= 0; ) {
    const before = text[q - 1] ?? '';
    const after = text[q + word.length] ?? '';
    if (!/[\w'’-]/.test(before) && !/[\w-]/.test(after)) {
      count++;
      q = text.indexOf(word, q + word.length);
    } else q = text.indexOf(word, q + 1);
  }
  return count;
}
