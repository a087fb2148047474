/**
 * Words that level a charge at someone when quoted ("desperate", "recycling", "lies"): the one
 * list behind the attack-quote cue, its hints and the check on quotes. Each entry is a word stem;
 * a trailing "*" lets the word run on ("recycl*" covers recycled, recycling).
 */
const STEMS = [
  'desperate',
  'recycl*',
  'rubbish',
  'nonsense',
  'lies',
  'lying',
  'misleading',
  'scandal*',
  'shambles',
  'fiasco',
  'betray*',
  'u-turn',
  'gimmick',
  'stunt',
  'hypocri*',
  'disgrace*',
  'cynical',
  'smear*',
];

const source = `\\b(?:${STEMS.map((s) => (s.endsWith('*') ? `${s.slice(0, -1)}\\w*` : s)).join('|')})\\b`;

export const CHARGE_WORDS = {
  /** Regular-expression source matching any charge word as a whole word. */
  source,
  /** Lower-case literals for a quick pre-check: each stem without its "*". */
  hints: STEMS.map((s) => s.replace('*', '')),
  pattern: new RegExp(source, 'i'),
};
