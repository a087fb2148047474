import type { ReportedSpeech } from './reported-speech';
import { subjectBefore } from './speaker-phrase';

/** The last comma's segment when it is a tag's verb alone, its subject before an aside: ", said." */
const VERB_ONLY = /^,\s+(?:has\s+|had\s+|also\s+)?([a-z]+)\b[^,]{0,30}[.!?]?$/;

/** An aside that describes the subject without ending it: a relative clause or an age ("who took office in May", "54"). */
const ASIDE = /^(?:who|whose)\s[^,]{1,80}$|^\d{1,3}$/;

/** "Talks will resume, but" / ", and Ruiz": a subject opening on a conjunction starts a clause of its own. */
const CONJUNCTION = /^(?:and|but|yet|or|nor|so|while|whereas|although|though|because)\b/i;

/**
 * "Talks will resume, Ruiz, who took office in May, said." and "…, Ruiz, 54, said.": a trailing tag whose subject
 * carries an aside between it and the verb. The trailing-tag pattern reads from the last comma only, where it finds
 * a verb with no subject, so the sentence gave no statement ("…, Ruiz said." does). The subject and its aside go to
 * subjectBefore, which keeps the head of "X, who …,"; `text` is the sentence with quotes masked, `start` its offset.
 */
export function asideTag(text: string, start: number, isTagVerb: (word: string) => boolean): ReportedSpeech | null {
  const verbComma = text.lastIndexOf(',');
  const verb = verbComma < 0 ? null : VERB_ONLY.exec(text.slice(verbComma));
  if (!verb || !isTagVerb(verb[1]!)) return null;
  const asideComma = text.lastIndexOf(',', verbComma - 1);
  const subjectComma = asideComma < 0 ? -1 : text.lastIndexOf(',', asideComma - 1);
  if (subjectComma < 0 || !ASIDE.test(text.slice(asideComma + 1, verbComma).trim())) return null;
  const raw = text.slice(subjectComma + 1, verbComma + 1);
  const phrase = raw.trimStart();
  const name = phrase.slice(0, phrase.indexOf(','));
  if (name.split(/\s+/).length > 7 || CONJUNCTION.test(name)) return null;
  const subject = subjectBefore(phrase, start + subjectComma + 1 + raw.length - phrase.length);
  return subject ? { subject, clauseStart: 0, clauseEnd: subjectComma } : null;
}
