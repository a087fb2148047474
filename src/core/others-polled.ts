/**
 * Whether a poll sentence already stands for, or tells, what other polls show, so "Do other polls show …?" would ask
 * what the sentence answers: the poll word is the object of "of" ("A Real Clear Politics average of polls shows …",
 * "a series of polls found …": an aggregate is itself the other polls), or the sentence names other polls or surveys
 * of its own ("The new poll finds the mayor up four points, while other recent surveys show her rival ahead"; hand-read
 * sample 56's #8 and #43). Either is shown as its passage. `lead` is the word the poll question's pattern read
 * before the poll word.
 */
const OTHER_POLLS = /\bother\s+(?:[a-z]+\s+){0,2}(?:polls|surveys|polling)\b/i;

export function othersPolled(text: string, lead: string): boolean {
  return /^of\s*$/i.test(lead) || OTHER_POLLS.test(text);
}
