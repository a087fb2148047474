import { SPEECH_VERBS } from './speech-verbs';
import { VERB_BASES } from './verb-base-set';
import { verbFormKind } from './verb-form-kind';

/**
 * Whether the words in front of a name inside a tag end on a verb of another subject, so the name is that verb's
 * object, never the tag's speaker: "The Rove ad hits Clinton for taking … and claims that "…"", "White America
 * embracing Obama announced "…"" (PolNeAR train: both credited to the one hit or embraced). The verb is WordNet's
 * (verbFormKind: a finite regular or irregular form, or an "-ing" of a verb base), with a word of its own subject
 * before it; a speech verb is the tag's own inversion ("…," said Clinton), never an object's.
 */
export function verbObjectBefore(before: string): boolean {
  const words = before.trim().split(/\s+/);
  if (words.length < 2) return false;
  const verb = words.at(-1)!;
  if (SPEECH_VERBS.has(verb)) return false;
  const kind = verbFormKind(verb);
  if (kind === 'regular' || kind === 'irregular') return true;
  const stem = /^([a-z]{2,})ing$/.exec(verb)?.[1];
  return stem !== undefined && [stem, `${stem}e`, stem.replace(/(\w)\1$/, '$1')].some((b) => VERB_BASES.has(b));
}
