/**
 * Verbs by which a subject judges someone in quoted words: "accused Mr. Trump of "lying"", "praised the nurses
 * for "…"", "called Ms. Grant "a disgrace"". The one judged is the words' target, never their speaker. A closed
 * class of English verbs, with the complement that joins the quotation to the person judged.
 */
const WITH_PREPOSITION =
  /\b(?:accus|blam|prais|thank|fault|critici[sz]|condemn|charg|mock|slam|attack|brand|label|lambast|rebuk|scold|chid|hail|credit|commend|denounc|describ)\w*\s+$/i;
const WITHOUT = /\b(?:call|brand|label|dub|nam)(?:s|ed|ing)?\s+$/i;
const HONORIFIC = /\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Prof|Sir|Dame|Lord|Lady)\.?\s+$/;
/** What joins the name to the opening mark: "of", "for", "as", "as being", "for the/his/her …", or nothing. */
const JOIN = /^\s+(of|for|as)(?:\s+(?:being|the|his|her|their|its|a|an))?\s+["“‘']\s*$|^\s+["“‘']\s*$/;

/**
 * Is the person named at `name` the object of a judging verb whose complement is the quotation at `quote`
 * (absolute offsets; `quote.start` is the first quoted word)? Reads at most 60 characters before the name.
 */
export function judgedTarget(
  sentence: { text: string; start: number },
  name: { start: number; end: number },
  quote: { start: number },
): boolean {
  if (name.end > quote.start || quote.start - name.end > 20) return false;
  const join = JOIN.exec(sentence.text.slice(name.end - sentence.start, quote.start - sentence.start));
  if (!join) return false;
  let before = sentence.text.slice(Math.max(0, name.start - sentence.start - 60), name.start - sentence.start);
  before = before.replace(HONORIFIC, '');
  return join[1] ? WITH_PREPOSITION.test(before) : WITHOUT.test(before);
}
