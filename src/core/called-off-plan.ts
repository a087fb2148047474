/**
 * "Palin had been scheduled to attend the event, but on Thursday the party announced she wasn't coming." (issue 13,
 * sample 59's #42): a plan told in the past ("was/were/had been scheduled to/for") that a "but" clause of the same
 * sentence calls off (a negation, "cancelled", "called off", "scrapped", "pulled out", "withdrew") leaves nothing
 * to wait on (read within the sentence, whose abbreviations' full stops, "Wyo.", are no boundary). A plan told in
 * the past and only moved ("…, but was postponed until May") stays open.
 */
const FRAME_BEFORE = /\b(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+|also\s+)?$/i;
const CALLED_OFF =
  /^[^;]*?\bbut\b[^;]*?(?:\b(?:not|never|no\s+longer|cancel+(?:ed|led|s)?|called\s+off|scrapped|pulled\s+out|withdr[ae]w\w*|dropped\s+out|backed\s+out)\b|n['’]t\b)/i;

/** Whether the "scheduled" at `at` frames a past plan the same sentence calls off. */
export function calledOffPlan(text: string, at: number, word: string): boolean {
  if (!/^scheduled$/i.test(word) || !FRAME_BEFORE.test(text.slice(Math.max(0, at - 40), at))) return false;
  return CALLED_OFF.test(text.slice(at + word.length, at + word.length + 300));
}
