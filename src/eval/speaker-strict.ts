/** Words that may follow a name inside a labelled source phrase without the name modifying them. */
const AFTER_A_NAME = new Set([
  'and',
  'or',
  'of',
  'who',
  'which',
  'whose',
  'in',
  'at',
  'on',
  'for',
  'from',
  'with',
  'to',
  'as',
]);

/**
 * Whether the label uses the printed speaker's last word only as a modifier or a possessor — "a senior Cruz
 * adviser" or "Trump's Virginia state director, Mike Rubino" for a printed "Ted Cruz" or "Donald Trump" — and never
 * as the name of who spoke. score.py's speaker_ok counts those right (they share the surname); a reader sees the
 * principal credited with an aide's words.
 */
export function modifierInLabel(got: string, labels: readonly string[]): boolean {
  const last = got
    .trim()
    .split(/\s+/)
    .pop()
    ?.replace(/[.,]+$/, '')
    .toLowerCase();
  if (!last) return false;
  let asModifier = false;
  for (const label of labels) {
    const words = label.split(/\s+/);
    for (const [i, word] of words.entries()) {
      const possessive = /[’']s?$/.test(word.replace(/[,;:)]+$/, ''));
      const bare = word
        .replace(/[’']s?[,;:)]*$/, '')
        .replace(/[^\p{L}\p{N}-]/gu, '')
        .toLowerCase();
      if (bare !== last) continue;
      const next = (words[i + 1] ?? '').replace(/[^\p{L}]/gu, '');
      const modifies = /[,;:)]$/.test(word) ? false : possessive || (/^\p{Ll}/u.test(next) && !AFTER_A_NAME.has(next));
      if (!modifies) return false;
      asModifier = true;
    }
  }
  return asModifier;
}
