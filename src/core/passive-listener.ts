import type { SpeakerPhrase } from './speaker-phrase';

/**
 * "Trump was asked: ..." / "..., Trump was told.": the subject of a passive "told/asked" is the one
 * spoken to, not the speaker. The tag rules and the candidate ranker both leave that person out.
 */

/** Verbs whose passive subject is the one spoken to: "X was told", "X was asked". */
const ADDRESSED = new Set(['told', 'asked', 'questioned', 'informed', 'warned', 'reminded', 'assured']);
const ADVERB = String.raw`(?:\w+ly|later|also|then|never|not|once|again|soon|since)`;
const PASSIVE_AUX = new RegExp(
  String.raw`\b(?:was|were|is|are|be|been|being|get|gets|got|getting)(?:\s+${ADVERB})?\s*$`,
  'i',
);
/** Right after a name: "was told", "were later asked", "is being questioned". */
const PASSIVE_AFTER_NAME = new RegExp(
  String.raw`^\s+(?:was|were|is|are|has been|have been|had been|got|gets|is being|was being)(?:\s+${ADVERB})?\s+(?:${[...ADDRESSED].join('|')})\b`,
  'i',
);
/** Between a closing quotation mark and the name after it: punctuation and spaces only. */
const ONLY_PUNCTUATION = /^[\s,.!?'"’”—–-]*$/;
/** Between the passive verb and the quotation it introduces: no sentence end, no other quotation. */
const TAG_TO_QUOTE = /^[^.!?"“”]*$/;

/** Is `verb`, after the text `before`, a passive "told/asked" (its subject the listener)? */
export function listenerBefore(verb: string, before: string): boolean {
  return ADDRESSED.has(verb) && PASSIVE_AUX.test(before);
}

/** "asked by Dana Lowe", "told by a reporter": the agent of a passive told/asked is the speaker. */
export function passiveAgent(verb: string, tail: string, tailOffset: number): SpeakerPhrase | null {
  if (!/^(?:asked|told|questioned)$/.test(verb)) return null;
  const by = /^\s+by\s+((?:the|a|an)\s+[a-z]+|\p{Lu}[\p{L}\w'’]*(?:\s+\p{Lu}[\p{L}\w'’]*)*)/u.exec(tail);
  if (!by) return null;
  const start = tailOffset + by[0].indexOf(by[1]!);
  return { kind: 'phrase', text: by[1]!, start, end: start + by[1]!.length, prefer: 'first' };
}

/**
 * Does a passive told/asked follow the name ("Marsh was told")? The part of `passiveListener` that
 * needs no quotation: a caller weighing one name against many quotes asks it once.
 */
export function addressedAfter(sentence: { text: string; start: number }, name: { end: number }): boolean {
  const from = name.end - sentence.start;
  return PASSIVE_AFTER_NAME.test(sentence.text.slice(from, from + 80));
}

/**
 * Is the name at [start, end) the subject of a passive told/asked that tags the quotation at
 * [start, end) in this sentence (absolute offsets): `"...," Marsh was told.` / `Marsh was told: "..."`.
 */
export function passiveListener(
  sentence: { text: string; start: number },
  name: { start: number; end: number },
  quote: { start: number; end: number },
): boolean {
  const at = (offset: number): number => offset - sentence.start;
  if (!addressedAfter(sentence, name)) return false;
  if (name.start >= quote.end) {
    return quote.end >= sentence.start && ONLY_PUNCTUATION.test(sentence.text.slice(at(quote.end), at(name.start)));
  }
  if (name.end > quote.start || at(quote.start) > sentence.text.length) return false;
  return TAG_TO_QUOTE.test(sentence.text.slice(at(name.end), at(quote.start)).replace(/[\s"“‘']+$/, ''));
}
