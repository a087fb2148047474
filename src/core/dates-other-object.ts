import type { Analysis } from './analysis-types';
import type { QuestionTerms } from './answer-terms';
import { otherObjectAct } from './other-object-act';
import { passiveVoice } from './passive-voice';

/**
 * "When is the budget being delivered?" over "… until the Office for Budget Responsibility delivers its forecast next
 * week" (audit 59's B-a59-7): a when-question in the passive names what is acted on, and a sentence saying the verb
 * only of another object dates that other act. Only the passive question is read: its subject is the object the
 * copy's verb must take, where an active one's words mix the doer with the object ("when did Smith win?").
 */
export function datesOtherObject(
  analysis: Analysis,
  best: number,
  question: string,
  { type, terms }: { type: string; terms: QuestionTerms },
): string | undefined {
  const verb = terms.verb;
  if (type !== 'time' || verb === undefined || passiveVoice(question, verb).voice !== 'passive') return undefined;
  const object = terms.terms.filter((t) => t !== verb);
  return otherObjectAct(analysis.sentences[best]!.text, verb, question, { objectTerms: object, names: terms.nameTerms })
    ? 'The article dates that act only for something else.'
    : undefined;
}
