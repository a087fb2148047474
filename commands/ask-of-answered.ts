import type { Analysis } from '../src/core/analysis-types';
import type { ThreadTurn } from '../src/store/conversation-repository';
import { actDoer } from './act-doer';
import { subjectHead, type Voice } from './does-the-act';
import { bareAdjunctWh, isParticiple, verbBase } from './elliptic-question';
import { holdsTheObject } from './holds-the-object';
import { pluralPeople } from './plural-people';

/** An auxiliary that can open the rest of a who-question: "who will sign …" → "why will Tom Reddy sign …". */
const AUX = /^(?:did|does|do|will|would|shall|should|can|could|may|might|must|has|have|had|is|was|are|were)$/i;
/** The forms of "be" a passive who-question opens with ("who was arrested?", "who has been sacked?", "who will be charged?"). */
const BE = /^(?:is|was|are|were|be|been|being)$/i;
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
  // "who decided?" has no object: the rest may be empty, the verb then the question's last word.
  const found = last ? /^who\s+(\S+?)(?:\s+(\S.*?))?[\s?!.…]*$/i.exec(last.question.trim()) : null;
  if (!wh || !found || !last) return undefined;
  const byId = new Map(analysis.sentences.map((s) => [s.id, s]));
  const texts = last.cited.filter((c) => byId.get(c.id)?.text === c.text).map((c) => c.text);
  const [verb, rest = ''] = [found[1]!, found[2]];
  const words = rest.split(/\s+/).filter(Boolean);
  // "who was arrested?" asks after the passive's subject, not the one who did the arresting (review s46 B-r46-2).
  let at = 0;
  while (AUX.test(verb) && BE.test(words[at] ?? '') && isParticiple(words[at + 1] ?? '')) at++;
  const voice: Voice =
    AUX.test(verb) && (BE.test(verb) || at > 0) && isParticiple(words[at] ?? '') ? 'passive' : 'active';
  const act = AUX.test(verb) ? words[at] : verbBase(verb);
  // The one the answer has doing the act there: "Mo Khan said 35 workers would lose their jobs" answers "who lost
  // their jobs?" with the workers, not Khan; "The committee, which Dane chairs, decided" has the committee deciding.
  const doer = act ? actDoer(analysis, texts, act, voice) : undefined;
  if (!act || !doer) return undefined;
  // The doer's sentence must hold what the question names as the act's object (review s45 B-r45-3).
  const object = AUX.test(verb) ? words.slice(at + 1).join(' ') : rest;
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

/**
 * Whether the doer is more than one: names coordinated by "and" ("Mia Ortiz and Leo Park", coordinated-doers.ts), not
 * a body the article names so ("Marks and Spencer"), or a plural group of people as written ("the families").
 */
function pluralDoer(doer: string, analysis: Analysis): boolean {
  if (analysis.entities.some((e) => e.type === 'organization' && e.name === doer)) return false;
  if (/\sand\s/.test(doer)) return true;
  // "the tenants of Kelso Court" by its head, "tenants"; "the fishermen's association" is one body.
  const head = subjectHead(doer);
  return head !== undefined && pluralPeople(doer).has(head);
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
