import type { Analysis } from '../src/core/analysis-types';
import { STOPWORDS } from '../src/core/stopwords';
import type { CitedSentence } from '../src/store/conversation-repository';
import { actDoer } from './act-doer';
import { coordinatedDoers } from './coordinated-doers';
import { groupNounBodies } from './group-noun';
import { pluralDoer } from './plural-doer';
import { pluralPeople } from './plural-people';
import { subjectPhrase } from './subject-phrase';
import { threadNamedPeople } from './thread-named-people';
import { whoQuestionAct } from './who-question-act';

/** The plural pronoun as subject, object or possessive. */
const THEY = /\b(they|them|their)\b/i;
/** Question words and auxiliaries: words before "they" that name no one it could be. */
const FRAME =
  /^(?:when|why|where|how|what|who|whom|which|did|does|do|will|would|is|was|are|were|has|have|had|can|could|should|must|might|may|and|but|so)$/i;

/**
 * What "they" means in a question in a brief's thread: the one body (an organisation the article names) or plural
 * group of people ("the families", plural-people.ts) the last answer's cited sentences name, "what did they say?" after an answer about the trust being "what did the Northfield
 * health trust say?". `unresolved` (with the bodies it read, maybe none) when the last answer names none or several:
 * the reply says it could not tell, rather than guess among them. Undefined when the question has no "they", when
 * the words before it could name its antecedent ("did the council say they would pay?"), or when the thread has no
 * last answer whose sentences still stand (then "they" is left as asked, as before).
 */
export type ThreadThey =
  | { pronoun: string; name: string; question: string }
  | { pronoun: string; unresolved: string[] };

export function threadThey(
  question: string,
  analysis: Analysis,
  cited: readonly CitedSentence[],
  lastQuestion?: string,
): ThreadThey | undefined {
  const found = THEY.exec(question);
  if (!found) return undefined;
  const before = question.slice(0, found.index).match(/[\p{L}'’-]+/gu) ?? [];
  if (before.some((word) => !FRAME.test(word) && !STOPWORDS.has(word.toLowerCase()))) return undefined;
  const byId = new Map(analysis.sentences.map((s) => [s.id, s]));
  const texts = cited.filter((c) => byId.get(c.id)?.text === c.text).map((c) => c.text);
  if (texts.length === 0) return undefined;
  const pronoun = found[1]!.toLowerCase();
  // After "who was detained at the quay?" they are the ones it was done to, not the "by" agent (review 47 B-r47-10).
  const done = lastQuestion === undefined ? undefined : passiveSubject(analysis, texts, lastQuestion);
  if (done) return { pronoun, name: done, question: withName(question, found, done, done) };
  // "The tenants of Kelso Court said …" is one group, read by its head; the body or place after "of" is no other.
  const subjects = texts.flatMap((t) => subjectPhrase(t)?.name ?? []);
  const within = (name: string) => subjects.some((s) => s.toLowerCase().includes(name.toLowerCase()));
  const bodies = [
    ...new Set(
      analysis.entities
        .filter((e) => e.type === 'organization' && texts.some((t) => namesBody(t, e.name)) && !within(e.name))
        .map((e) => e.name),
    ),
  ];
  // "the Harbour Trust" named within "the Elmouth Harbour Trust" is the same body, not a second one.
  const distinct = bodies.filter((body) => !bodies.some((other) => other !== body && other.includes(body)));
  // A plural group of people ("the families", "residents") is as much a "they" as a body: one of either, or none.
  const groups = new Map(texts.flatMap((t) => [...pluralPeople(t)].filter(([, group]) => !within(group))));
  for (const subject of subjects) groups.set(subject.toLowerCase(), subject);
  // With neither, a body the copy names with a lower-case group noun ("The fishermen's association said …").
  if (distinct.length + groups.size === 0)
    for (const body of texts.flatMap(groupNounBodies)) groups.set(body.toLowerCase(), body);
  // "Ruth Hale and Omar Reddy signed …" with no group or body: the two named as one subject are "they".
  const both =
    distinct.length + groups.size === 0 ? coordinatedDoers(texts, threadNamedPeople(analysis, texts)) : undefined;
  if (both) groups.set(both, both);
  if (distinct.length + groups.size !== 1) return { pronoun, unresolved: [...distinct, ...groups.values()] };
  // As the copy writes it: "the Elmouth Harbour Trust", "the families".
  const group = [...groups.values()][0];
  const name =
    group ??
    (texts.some((t) => t.toLowerCase().includes(`the ${distinct[0]!.toLowerCase()}`))
      ? `the ${distinct[0]!}`
      : distinct[0]!);
  return { pronoun, name, question: withName(question, found, name, group) };
}

/** The question with "they"/"them"/"their" as the name (`group`'s "-s" taking a bare apostrophe: "the families'"). */
function withName(question: string, found: RegExpExecArray, name: string, group: string | undefined): string {
  const said = found[1]!.toLowerCase() !== 'their' ? name : group && /s$/.test(group) ? `${name}'` : `${name}'s`;
  return question.slice(0, found.index) + said + question.slice(found.index + found[0].length);
}

/** The plural subject of the passive act the last question asked after ("who was detained?"), if the answer has one. */
function passiveSubject(analysis: Analysis, texts: readonly string[], lastQuestion: string): string | undefined {
  const asked = whoQuestionAct(lastQuestion);
  if (asked?.voice !== 'passive' || asked.act === undefined) return undefined;
  const done = actDoer(analysis, texts, asked.act, 'passive');
  return done && pluralDoer(done, analysis) ? done : undefined;
}

/**
 * Whether a sentence names the body `name` as a word of its own, not inside another ("Council" in "Councillor Helen
 * Marsh") and not as the first word of a title before a name ("Union officer Sam Patel", "Council leader Ann Bell"),
 * where it says what the person is, not who speaks.
 */
function namesBody(text: string, name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return [...text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'gu'))].some(
    (m) => !/^\s+\p{Ll}+\s+\p{Lu}/u.test(text.slice(m.index + name.length)),
  );
}
