// What a sentence's own wording says about it as an answer, apart from the question: the patterns answer-features.ts
// reads per sentence, kept apart so that file stays about the question's terms.

/** A yes/no answer's words: a negation, denial, confirmation or decision. */
export const POLAR =
  /\b(?:not|no|never|n['’]t|denied|denies|deny|disputed|disputes|insisted|insists|refused|refuses|declined|rejected|confirmed|confirms|agreed|agrees|will|would|plans?|intends?|yes|decided|ruled)\b/i;
/** A credit for reporting, which may open in a bracket ("(Additional reporting by …)"). */
const REPORTING_CREDIT = '(?:additional|with) reporting';
/** The other credit, note and contact lines FURNITURE and CREDIT_LINE both open on. */
const CREDIT_NOTE = String.raw`reporting by|editor['’]s note|(?:follow|contact|email|e-mail) (?:\w+ )?(?:on|at)\b|copyright|all rights reserved`;
/** Copy furniture, not reporting: a credit line, an editor's note, a contact or follow line. */
export const FURNITURE = new RegExp(
  String.raw`^(?:[-—–]{1,2}|\(?${REPORTING_CREDIT}|${CREDIT_NOTE}|this (?:story|article) (?:has been|was) (?:updated|corrected))`,
  'i',
);
/** A credit or contact line: never the answer, however many of the question's names it carries. */
export const CREDIT_LINE = new RegExp(String.raw`^(?:[-—–]{1,2}\s*)?\(?(?:${REPORTING_CREDIT}|${CREDIT_NOTE})`, 'i');
/** A specific date, weekday, month or year (not just "week" or "later"). */
export const DATE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? ?\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:19|20)\d\d|(?:end|middle|start|beginning) of (?:the |this |next )?(?:year|month|week|season|term))\b/i;
/** A sentence opening on a pronoun, which points back at the sentence before. */
export const PRONOUN_START = /^["“‘']?(?:he|she|they|it|his|her|their|its)\b/i;
