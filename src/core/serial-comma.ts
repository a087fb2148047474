/**
 * Whether the comma at `index` of `text` closes a list rather than a clause: "an axis that comprises Iran, Russia,
 * and a new Syria" (sample 32's #8), "libraries, pools, and the town hall". The comma is followed by "and"/"or" and a
 * word that opens a noun phrase (no subject pronoun or verb: ", and they said", ", and cited a list" go on the
 * clause), and the words since the comma before it are a list item: one to three words, no verb, no sentence adverb
 * (", again, and the board" is a clause with an aside). A cut there would end the list short of its last item and leave the "and" dangling.
 *
 * Looks back at most 40 characters, so a text with thousands of such commas is read once.
 */
const LIST_CLOSE =
  /^,\s+(?:and|or)\s+(?!(?:it|he|she|they|we|I|you|is|are|was|were|has|have|had|will|would|said|told|[a-z]{3,}ed)\b)[\p{L}\p{N}$£€]/iu;
// A finite verb in the item makes it a clause ("officials said"); holdsVerb's third-person "-s" would take every plural
// noun of a list ("pools", "farmers") for one, so only auxiliaries, saying verbs and "-ed" forms count here (a lone
// "-ed" item aside: review s35 B-sample32-2).
const FINITE =
  /^(?:is|are|was|were|has|have|had|will|would|can|could|must|may|might|should|did|does|do|said|says|told|[a-z]{3,}ed)$/;
const ADVERB = /^(?:[a-z]+ly|again|too|though|however|instead|still|yet|then|now|so|also|even)$/i;

export function serialComma(text: string, index: number): boolean {
  if (!LIST_CLOSE.test(text.slice(index, index + 40))) return false;
  const window = text.slice(Math.max(0, index - 40), index);
  const previous = window.lastIndexOf(', ');
  if (previous < 0) return false;
  const item = window.slice(previous + 2);
  const words = item.split(/\s+/).filter(Boolean);
  // A lone "-ed" word after another item's comma ("costly, rushed, and the public …") is a participle used as an
  // adjective, one more list item; beside other words it may be a verb ("officials agreed, and …").
  const lone = words.length === 1 && /^[a-z]{3,}ed$/.test(words[0]!);
  return words.length >= 1 && words.length <= 3 && !words.some((w) => (FINITE.test(w) && !lone) || ADVERB.test(w));
}
