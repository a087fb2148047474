import type { SpeakerPhrase } from './speaker-phrase';
import type { ResolvedSpeaker } from './speaker-resolution';

/**
 * A tag's subject with a relative clause: a determiner or a capital, at most three more words of noun phrase, then
 * "who"/"which"/"that" (`the official who led the talks`, `a lawyer who knew him`), the whole at most 14 words
 * before the verb. A coordinated subject is not one ("the Florida senator and Republican presidential candidate"
 * is one person's description), nor a relative clause far into a long phrase ("an annual ritual … in which").
 */
const RELATIVE_SUBJECT =
  /^\s*(?:\p{Lu}[\p{L}’'.-]*|the|a|an|one|another|his|her|its|their)(?:\s+[\p{L}’'-]+){0,3}\s+(?:who|whom|whose|which|that)\s/u;
const MAX_WORDS = 14;

/**
 * `"…," the official who led the talks told reporters`: a tag after the quotation whose subject holds a relative
 * clause the rules do not read still has a subject of its own, so the quotation is that subject's, never the speaker
 * of the quotation before it (review B-r41-1). The tag is kept as a clause with an empty span, which resolves to no
 * one: the quotation is shown unattributed rather than credited to the run. `subject` is the text from the quotation
 * to the verb at `offset`; null when it is no such subject.
 */
export function ownSubjectTag(subject: string, offset: number): SpeakerPhrase | null {
  if (!RELATIVE_SUBJECT.test(subject) || subject.trim().split(/\s+/).length > MAX_WORDS) return null;
  return { kind: 'clause', text: subject, start: offset, end: offset };
}

/** Where the relative clause of such a subject opens. */
const RELATIVE_WORD = /\s(?:who|whom|whose|which|that)\s/u;

/**
 * Whether the ranker's `speaker` is named inside the relative clause of such a tag's subject: `the clerk who ran
 * the survey for Mayor Helen Marsh told` stands Helen Marsh next to the verb, but she is not its subject (review
 * B-r42-5). A name heading the subject (`Helen Marsh who ran the survey told`) and a speaker named elsewhere stay.
 */
export function namedInOwnSubject(
  tag: SpeakerPhrase | 'untagged-colon' | null,
  speaker: ResolvedSpeaker | null,
): boolean {
  if (!speaker || tag === null || tag === 'untagged-colon' || tag.kind !== 'clause' || tag.subject) return false;
  if (tag.start !== tag.end || !RELATIVE_SUBJECT.test(tag.text)) return false;
  const relative = RELATIVE_WORD.exec(tag.text);
  const word = speaker.person?.surname ?? speaker.name;
  return relative !== null && tag.text.slice(relative.index).includes(word);
}
