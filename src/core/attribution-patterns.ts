/**
 * The attribution tags reportedClause and cutClause strip from a claim (question-clauses.ts): a sayer and speech verb
 * leading it ("She said …", "… told reporters that …"), one trailing it (", officials said."), and the tail of a clause
 * from a tag's comma on (", the trust announced on Monday"). Split from question-clauses.ts.
 */

const SAY =
  '(?:said|says|say|told|stated|added|adds|claimed|claims|stressed|argued|insisted|explained|warned|believes|thinks|announced|confirmed|forecast|predicted|expects|estimated|estimates)';
/**
 * A speech verb as a tag's, never a passive one before "to" ("…, is said to have pursued", "is estimated to cost"): that
 * is hearsay about the clause's subject or a figure of its own, and the clause goes on past it (audit 53's B-a53-6).
 */
const BE_SAID = String.raw`\b(?:is|are|was|were|be|been|being)\s+(?:[a-z]+ly\s+)?`;
const SAY_TAG = `(?:(?<!${BE_SAID})${SAY}|${SAY}(?!\\s+to\\b))`;
/** The passive itself: a lead holding it is the clause's subject and hearsay, never a sayer ("He is said to be …"). */
export const PASSIVE_SAY = new RegExp(`${BE_SAID}${SAY}\\s+to\\b`, 'i');
/**
 * "told" takes its hearer with it: a pronoun or "reporters" ("told reporters the quay…"), or up to five words closed
 * by "that" ("told The Dover Express on Monday that…"). Stripped up to "told" alone, the hearer is spliced into the
 * claim ("Which sources say NBC that…"). Where the hearer ends is unknown without "that": the cut stays at "told"
 * and the vetting judges what it left (kept whole, "Will Brad Thor told Glenn Beck he consider…" passed it). A
 * subject pronoun ("she", "they") also closes it: no hearer holds one, so the that-less clause begins there.
 */
const HEARD_BEFORE_SUBJECT = String.raw`(?:(?!(?:who|whom|which|whether|if|when|what|why|how|and|but|or)\b)[^\s,"“]+\s+){0,4}?[^\s,"“]+(?=\s+(?:he|she|they|we|I)\s)`;
const TOLD = String.raw`told\s+(?:(?:him|her|them|us|me|you|reporters|journalists)\b(?!\s+to\b)|(?:[^\s,"“]+\s+){0,4}?[^\s,"“]+(?=\s+that\b)|${HEARD_BEFORE_SUBJECT})`;
/**
 * "Tom Hale, a councillor, said …": the sayer may carry one apposition between commas (a role, an age, a "who"
 * clause), never one holding a speech verb of its own ("Okafor, who says …, said"). Only that closed shape: "If elected, Trump said …" has no comma before its verb and is left whole.
 */
const APPOSITION = `(?:,\\s(?![^,"“]*\\b${SAY}\\b)[^,"“]{1,80}?,)?`;
/** "said Thursday that …", "said on Monday": the day the words were said is the tag's, not the claim's. */
const WHEN_SAID = String.raw`(?:\s+(?:on\s+\w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today))?`;
export const LEADING_ATTRIBUTION = new RegExp(
  `^(?:[^,"“]{1,80}?)${APPOSITION}\\s(?:${TOLD}|${SAY_TAG})${WHEN_SAID}(?:\\s+that)?[:,]?\\s+(?=\\S)`,
  'i',
);
export const TRAILING_ATTRIBUTION = new RegExp(`,\\s*(?:[^,"“]{1,60}?\\s)?${SAY_TAG}(?:\\s[^,"“]{0,60})?\\.?$`, 'i');
export const ATTRIBUTION_TAIL = new RegExp(`,\\s+(?:the\\s+|a\\s+)?[^,"“]{1,50}?\\s${SAY_TAG}\\b.*$`, 'i');
