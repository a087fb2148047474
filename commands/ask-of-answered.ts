import type { Analysis } from '../src/core/analysis-types';
import type { ThreadTurn } from '../src/store/conversation-repository';
import { actDoer } from './act-doer';
import type { Voice } from './does-the-act';
import { bareAdjunctWh } from './elliptic-question';
import { holdsTheObject } from './holds-the-object';
import { pluralDoer } from './plural-doer';
import { AUX, whoQuestionAct } from './who-question-act';

/** A singular auxiliary and the one a plural doer takes: "why were Mia Ortiz and Leo Park detained?" (B-r47-9). */
const PLURAL_AUX: Readonly<Record<string, string>> = { is: 'are', was: 'were', has: 'have', does: 'do' };

/**
 * "and why?" after "who signed the contract?" whose answer named one person: asked as "why did Tom Reddy sign the
 * contract?" (review s43 B-r43-7). A who-question's "who" is its subject, so the answer's one person takes its place;
 * undefined when the message is no bare adjunct question, the last question is no who-question with a verb that can
 * be read, or its answer's sentences (still standing) name no one doing the act, or several (act-doer.ts). A body or
 * a noun phrase doing it takes the place of "who" when no person is named ("when did the committee decide the cuts?").
 */
export function askOfAnswered(
  message: string,
  last: ThreadTurn | undefined,
  analysis: Analysis,
): AskedOfDoer | undefined {
  const wh = bareAdjunctWh(message);
  const asked = last ? whoQuestionAct(last.question) : undefined;
  if (!wh || !asked || !last) return undefined;
  const byId = new Map(analysis.sentences.map((s) => [s.id, s]));
  const texts = last.cited.filter((c) => byId.get(c.id)?.text === c.text).map((c) => c.text);
  const { verb, rest, act, object, voice } = asked;
  // The one the answer has doing the act there: "Mo Khan said 35 workers would lose their jobs" answers "who lost
  // their jobs?" with the workers, not Khan; "The committee, which Dane chairs, decided" has the committee deciding.
  const doer = act ? actDoer(analysis, texts, act, voice) : undefined;
  if (!act || !doer) return undefined;
  // The doer's sentence must hold what the question names as the act's object (review s45 B-r45-3).
  if (!holdsTheObject(texts, doer, act, object, voice)) return undefined;
  // "why Piet Kuiper refused to sign the contract": the who-question with the doer for "who", for "doesn't say why …".
  // The who-question's verb is singular ("who was detained?"); the doers it is asked of may not be (review 47 B-r47-9).
  const many = pluralDoer(doer, analysis);
  const agree = (aux: string) => (many ? (PLURAL_AUX[aux.toLowerCase()] ?? aux) : aux);
  const present = !AUX.test(verb) && /(?<!s)s$/i.test(verb) && !/ed$/i.test(verb);
  const embeddedVerb = AUX.test(verb) ? agree(verb) : present && many ? act : verb;
  const embedded = `${wh} ${doer} ${[embeddedVerb, rest].filter(Boolean).join(' ')}`;
  if (AUX.test(verb))
    return { question: `${wh} ${agree(verb.toLowerCase())} ${doer} ${rest}?`, doer, act, embedded, voice };
  const aux = agree(present ? 'does' : 'did');
  return { question: `${wh} ${aux} ${[doer, act, rest].filter(Boolean).join(' ')}?`, doer, act, embedded, voice };
}

/** A bare "and why?" asked of the doer of the last who-question's act: the question, the doer, the act's verb. */
export interface AskedOfDoer {
  question: string;
  doer: string;
  act: string;
  /** The who-question with the doer in place of "who" ("why Piet Kuiper refused to sign the contract"). */
  embedded: string;
  /** `passive` when the who-question asked after the one the act was done to ("who was arrested?"). */
  voice: Voice;
}
