import type { Sentence } from './analysis-types';
import type { PeopleIndex } from './people';
import { pronounAntecedentRole } from './pronoun-antecedent-role';
import type { ResolvedSpeaker } from './speaker-resolution';
import { SPEECH_VERBS } from './speech-verbs';

/**
 * "Rubio refrained from attacking his rivals, particularly Govs. Jeb Bush and Chris Christie, who say the freshman
 * senator doesn't have the experience …. He dismissed critique of his performance …": a speaker the earlier sentence
 * gave only through a relative clause on a name outside its subject ("…, who say"), while another person is that
 * sentence's subject, is no speaker the next "he" or "she" goes on from; the sentence is about its subject (sample
 * 52's #29). Such a speaker weighs as the mention it is. A speaker whose name is its sentence's subject, or who has a
 * tag of its own there ("…, Christie said", "said Ian Solomon, who was …"), keeps a speaker's weight.
 */
export function relativeClauseSpeaker(
  speaker: ResolvedSpeaker,
  sentence: Sentence,
  mentions: PeopleIndex['mentions'][number] | undefined,
): boolean {
  const own = (mentions ?? []).filter((m) => m.person === speaker.person);
  if (speaker.person === null || own.length === 0) return false;
  if (!own.every((m) => speechRelative(sentence, m.end) && pronounAntecedentRole(m, sentence) > 0)) return false;
  // The subject is the main clause's, before the speaker's name: "said Ian Solomon, who …, nominated Mr. Kim" is not.
  return (mentions ?? []).some(
    (m) =>
      m.person !== speaker.person && m.end <= own[0]!.start && !m.possessive && pronounAntecedentRole(m, sentence) <= 0,
  );
}

/** ", who say the …", ", who has said …": the relative clause right after the name is itself the speech. */
function speechRelative(sentence: Sentence, end: number): boolean {
  const after = sentence.text.slice(end - sentence.start, end - sentence.start + 40);
  const verb = /^,\s+who\s+(?:(?:has|have|had|also|later|then)\s+)?([a-z]+)\b/.exec(after)?.[1];
  return verb !== undefined && SPEECH_VERBS.has(verb);
}
