import type { Analysis } from '../src/core/analysis-types';
import type { ThreadTurn } from '../src/store/conversation-repository';
import { doesTheAct } from './does-the-act';
import { bareAdjunctWh, verbBase } from './elliptic-question';
import { threadNamedPeople } from './thread-named-people';

/** An auxiliary that can open the rest of a who-question: "who will sign …" → "why will Tom Reddy sign …". */
const AUX = /^(?:did|does|do|will|would|shall|should|can|could|may|might|must|has|have|had|is|was|are|were)$/i;

/**
 * "and why?" after "who signed the contract?" whose answer named one person: asked as "why did Tom Reddy sign the
 * contract?" (review s43 B-r43-7). A who-question's "who" is its subject, so the answer's one person takes its place;
 * undefined when the message is no bare adjunct question, the last question is no who-question with a verb that can
 * be read, or its answer's sentences (still standing) name no one, several people, or one who does not do the act.
 */
export function askOfAnswered(message: string, last: ThreadTurn | undefined, analysis: Analysis): string | undefined {
  const wh = bareAdjunctWh(message);
  const found = last ? /^who\s+(\S+)\s+(\S.*?)[\s?!.…]*$/i.exec(last.question.trim()) : null;
  if (!wh || !found || !last) return undefined;
  const byId = new Map(analysis.sentences.map((s) => [s.id, s]));
  const texts = last.cited.filter((c) => byId.get(c.id)?.text === c.text).map((c) => c.text);
  const people = threadNamedPeople(analysis, texts);
  if (people.length !== 1) return undefined;
  const [verb, rest] = [found[1]!, found[2]!];
  const person = people[0]!;
  // The person must be the one doing the act there: "Mo Khan said 35 workers would lose their jobs" answers "who
  // lost their jobs?" with the workers, not Khan.
  const act = AUX.test(verb) ? rest.split(/\s+/)[0]! : verbBase(verb);
  if (!act || !doesTheAct(analysis, person, act)) return undefined;
  if (AUX.test(verb)) return `${wh} ${verb.toLowerCase()} ${person} ${rest}?`;
  const aux = /(?<!s)s$/i.test(verb) && !/ed$/i.test(verb) ? 'does' : 'did';
  return `${wh} ${aux} ${person} ${act} ${rest}?`;
}
