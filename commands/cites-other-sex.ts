import type { Reply } from '../src/app/reply';
import type { Analysis } from '../src/core/analysis-types';
import type { Gender } from '../src/core/honorifics';
import { indexPeople } from '../src/core/people';
import { personNounSex } from '../src/core/person-noun-sex';
import { speakerGender } from '../src/core/speaker-gender';

/** "Her brother, …", "His widow …": a sentence whose subject is a relative named by a possessive and a noun. */
const KIN_SUBJECT = /^(?:Her|His)\s+(\p{Ll}+)/u;

/**
 * Whether a sentence's subject is a person of the other sex than an unread he/she's: its first named person, not a
 * possessor nor a preposition's object, whose sex the article gives (`genderOf`), or a "Her brother" opening (a person
 * noun of that sex, person-noun-sex.ts). "when did she die?" must not be answered with "Her brother, Emil Quell, died
 * in 2015." though the copy never says who "she" is (audit 48 B-a48-2).
 */
function otherSexSubject(
  analysis: Analysis,
  sentenceId: number,
  gender: Gender,
  genderOf: (person: string) => Gender | null,
): boolean {
  const other: Gender = gender === 'male' ? 'female' : 'male';
  const sentence = analysis.sentences.find((s) => s.id === sentenceId);
  if (!sentence) return false;
  const kin = KIN_SUBJECT.exec(sentence.text)?.[1];
  if (kin !== undefined && personNounSex(kin) === other) return true;
  const first = (indexPeople(analysis.sentences).mentions[sentenceId] ?? []).find((m) => !m.possessive && !m.object);
  return !!first?.subject && genderOf(first.person.name) === other;
}

/**
 * Whether a reply to a thread question whose he/she the thread could not read cites a sentence about a person of the
 * other sex (otherSexSubject): then it answers some other person's question, and the reply says only whom it could
 * not tell apart.
 */
export function citesOtherSex(question: string, analysis: Analysis, reply: Reply): boolean {
  const pronoun = /\b(he|him|she|her)\b/i.exec(question)?.[1]?.toLowerCase();
  if (!pronoun) return false;
  const gender: Gender = pronoun === 'he' || pronoun === 'him' ? 'male' : 'female';
  const genderOf = speakerGender(analysis);
  return (reply.citedSentences ?? []).some((c) => otherSexSubject(analysis, c.id, gender, genderOf));
}
