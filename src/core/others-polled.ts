/**
 * Whether a poll sentence already stands for, or tells, what other polls show, so "Do other polls show …?" would ask
 * what the sentence answers: the poll word is the object of "of" ("A Real Clear Politics average of polls shows …",
 * "a series of polls found …": an aggregate is itself the other polls), or the sentence names other polls or surveys
 * of its own ("The new poll finds the mayor up four points, while other recent surveys show her rival ahead"; hand-read
 * sample 56's #8 and #43). Either is shown as its passage. The poll word's modifiers may stand between "of" and it
 * ("an average of recent Post-ABC polls shows …", sample 57's #45); a determiner there ("one of the polls") makes it a
 * part of polls named before, read as before. `before` is the sentence up to the poll word.
 */
const OTHER_POLLS = /\bother\s+(?:[a-z]+\s+){0,2}(?:polls|surveys|polling)\b/i;

const OF_POLLS = /\bof\s+(?:(?!(?:the|these|those|its|their|his|her)\s)[\w'’./-]+\s+){0,2}$/i;

export function othersPolled(text: string, before: string): boolean {
  return OF_POLLS.test(before) || OTHER_POLLS.test(text);
}
