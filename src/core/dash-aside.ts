/** The last dash before the verb (em, en, or a spaced typed one) and the word after it. */
const OPENING_DASH = /(?:[\u2014\u2013]|\s--?\s)\s*(\p{L}+)[^\u2014\u2013]*$/u;
/** Words that open a subordinate aside ("— as many believe", "— which the council denies"), never a tag's subject. */
const SUBORDINATOR = new Set(
  'as which who whom whose though although while whereas if when because since unless whether'.split(' '),
);

/**
 * `If Russia is behind it — as many believe, but Moscow strongly denies — "why wouldn't you ask?" asked Dunn`: a speech
 * verb in a subordinate aside between dashes, the closing one right before the quotation, is no tag of the quotation
 * (the tag after it, or the run it belongs to, decides). A parenthetical tag (`The board — Okafor said — "will not …"`)
 * opens on its subject and stays one. `before` is the text up to the verb, `tail` the text from the verb to the mark.
 */
export function closesDashAside(before: string, tail: string): boolean {
  if (!/^\s*(?:[\u2014\u2013]|--?)\s*$/.test(tail)) return false;
  const opening = OPENING_DASH.exec(before);
  return opening !== null && SUBORDINATOR.has(opening[1]!.toLowerCase());
}
