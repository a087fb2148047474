import type { Analysis } from '../src/core/analysis-types';
import type { Gender } from '../src/core/honorifics';
import { speakerGender } from '../src/core/speaker-gender';
import { STOPWORDS } from '../src/core/stopwords';
import type { CitedSentence } from '../src/store/conversation-repository';
import { leadSubject } from './lead-subject';
import { possessiveHer } from './possessive-her';
import { threadNamedPeople } from './thread-named-people';
import { threadPronounNamedSpeakers } from './thread-pronoun-named-speakers';

/**
 * A person's pronoun in the question ("what did she say?", "who hired him?"). "they" is read apart (thread-they.ts):
 * only as the one body the last answer named, since it may be a body or everyone quoted.
 */
const PRONOUN = /\b(he|she|him|her)\b/i;

/**
 * What a he/she question in a brief's thread means: the one person the thread's last answer cited (the speaker of
 * the quotes or reported statements in the sentences it cited) whose gender the article gives and the pronoun's
 * agrees with. The thread stores those sentences (citedInThread), not its earlier questions; when the last answer
 * cited nothing (or there was none yet) the brief's key quotes, which open the thread, stand in, and when none of them
 * fits, the story's lead subject (`from: 'lead'`, lead-subject.ts). `name` when exactly
 * one person fits; `unresolved` (with whom it read, maybe no one) when it cannot tell: never a body ("the trust") or
 * a person of the other or of no known gender (review s40 B-r40-1).
 */
export type ThreadPronoun =
  | { pronoun: string; name: string; question: string; from: 'answer' | 'brief' | 'lead' }
  | { pronoun: string; unresolved: string[]; from: 'answer' | 'brief' };

export function threadPronoun(
  question: string,
  analysis: Analysis,
  cited: readonly CitedSentence[],
): ThreadPronoun | undefined {
  const found = PRONOUN.exec(question);
  if (!found) return undefined;
  const pronoun = found[1]!.toLowerCase();
  const gender: Gender = /^(?:he|him)$/.test(pronoun) ? 'male' : 'female';
  const genderOf = speakerGender(analysis);
  // "Did Tom Reed say he would resign?": the question names its own antecedent, so he is Tom Reed, not the thread's.
  if (namesPersonBefore(question.slice(0, found.index), analysis, (p) => genderOf(p) !== otherThan(gender)))
    return undefined;
  const byId = new Map(analysis.sentences.map((s) => [s.id, s]));
  // A cited id that now holds other text (the story re-stored) names nobody the thread saw.
  const fresh = cited.filter((c) => byId.get(c.id)?.text === c.text).map((c) => c.id);
  const from = fresh.length > 0 ? 'answer' : 'brief';
  const ids = new Set(fresh);
  const speakers: string[] = [];
  if (from === 'brief') for (const q of analysis.quotes) if (q.key && q.speaker) speakers.push(q.speaker);
  for (const q of analysis.quotes) if (ids.has(q.sentenceId) && q.speaker) speakers.push(q.speaker);
  for (const s of analysis.statements) if (ids.has(s.sentenceId)) speakers.push(s.speaker);
  speakers.push(
    ...threadPronounNamedSpeakers(
      analysis,
      cited.filter((c) => ids.has(c.id)).map((c) => c.text),
    ),
  );
  const quoted = [...new Set(speakers)];
  let people = quoted.filter((p) => genderOf(p) === gender);
  // No speaker of that gender: the one person of it the cited sentences name in another role is meant.
  const named =
    people.length === 0 && from === 'answer'
      ? threadNamedPeople(
          analysis,
          cited.filter((c) => ids.has(c.id)).map((c) => c.text),
        )
      : [];
  if (people.length === 0) people = named.filter((p) => genderOf(p) === gender);
  // A first question no key quote reads: the person the story's first sentence is about, when the sex fits.
  const lead = people.length === 0 && from === 'brief' ? leadSubject(analysis, gender, genderOf) : null;
  if (lead) people = [lead];
  if (people.length !== 1) return { pronoun, unresolved: quoted.length > 0 ? quoted : named, from };
  const name = people[0]!;
  const rest = question.slice(found.index + found[0].length);
  const said = pronoun === 'her' && possessiveHer(rest) ? `${name}'s` : name;
  return { pronoun, name, question: question.slice(0, found.index) + said + rest, from: lead ? 'lead' : from };
}

const otherThan = (gender: Gender): Gender => (gender === 'male' ? 'female' : 'male');

/**
 * Whether the words before the pronoun name a person of the article (any word of a listed person's name) who may
 * be the pronoun's: "Did Helen Marsh criticise him?" names no one "him" can be (review s40 B-r40-11). The opening
 * word is skipped when it is a function word: "Will he back the repair?" names no Will Hayes.
 */
function namesPersonBefore(before: string, analysis: Analysis, mayBe: (person: string) => boolean): boolean {
  const all = before.match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
  const opening = /^\s*(\p{L}+)/u.exec(before)?.[1];
  const words = new Set(all.filter((w, i) => !(i === 0 && w === opening && STOPWORDS.has(w.toLowerCase()))));
  if (words.size === 0) return false;
  return analysis.entities.some(
    (e) => e.type === 'person' && e.name.split(/\s+/).some((w) => words.has(w)) && mayBe(e.name),
  );
}
