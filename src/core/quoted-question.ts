import { SPEECH_VERBS } from './speech-verbs';

/** The quotation's question mark, its closing mark, then the tag to the sentence's end with no quotation of its own. */
const QUESTION_THEN_TAG = /\?\s*,?\s*[”"’']\s*,?\s+([^"“”‘’?]{1,120})$/;
/** The tag, then the quotation: "The judge asked, ‘When does it stop?’". */
const TAG_THEN_QUESTION = /^([^"“”‘’?]{1,80}?)[,:]\s*[“"‘']([^"“”?]{1,300})\?\s*[”"’']\s*$/;
/** An opening mark, or none when the quotation runs on from the sentence before ("When does it stop?,’ the judge said"). */
const OPEN_OR_NONE = /^\s*[“"‘']?[^"“”‘’]*$/;

const APOSTROPHE = /(?<=\w)[’'](?=\w)/g;

/** Whether a tag's words hold a verb of speech ("the judge said, according to the Post"). */
const tagSays = (tag: string): boolean => tag.split(/[\s,.;]+/).some((w) => SPEECH_VERBS.has(w.toLowerCase()));

/**
 * Whether all a sentence reports is a quoted question: "‘When does it stop?,’ the judge said", "The mayor asked, “Who
 * pays for the pier?”". A question asserts nothing, so there is no claim to check, dispute or wait on (issue 13,
 * session 46, kind62: sample 42's #50 was shown as unverified). A sentence that reports a claim beside the question
 * ("He said the pier was unsafe and asked, ‘Why else close it?’") opens on words of its own before the tag's verb, and
 * is read as before only when its quotation is not the question.
 */
export function quotedQuestion(text: string): boolean {
  // An apostrophe inside a word ("didn’t", "the judge’s") is no quotation mark.
  const t = text.trim().replace(APOSTROPHE, '');
  const after = QUESTION_THEN_TAG.exec(t);
  if (after) return OPEN_OR_NONE.test(t.slice(0, after.index)) && tagSays(after[1]!);
  const before = TAG_THEN_QUESTION.exec(t);
  return before !== null && before[1]!.split(/\s+/).length <= 6 && tagSays(before[1]!);
}
