import { dated } from './dated';

/**
 * "Will the council's cabinet decide next month whether to consult on closing the school?" and "Will the cabinet
 * consider a report on small schools?": a body that will weigh a matter and the same body deciding it are one lead, the
 * weighing the decision's first step (audit 61's B-a61-15 asked both, one after the other). Same head noun of the
 * subject ("cabinet"), one question a deciding verb, the other a deliberating one with no date of its own (a dated
 * hearing is a step to chase of itself). The caller merges the two into the question kept first.
 */
const DECIDING = /^Will ((?:[\w'’-]+ ){0,5}?[\w'’-]+) (?:decide|rule|vote|determine)\b/;
const WEIGHING = /^Will ((?:[\w'’-]+ ){0,5}?[\w'’-]+) (?:consider|review|discuss|debate|weigh|examine|take up)\b/;

const head = (subject: string): string | undefined =>
  subject
    .toLowerCase()
    .match(/[a-z]+/g)
    ?.at(-1);

export function deliberatedDecision(a: string, b: string): boolean {
  const pair = (decision: string, step: string): boolean => {
    const d = DECIDING.exec(decision)?.[1];
    const s = WEIGHING.exec(step)?.[1];
    return d !== undefined && s !== undefined && !dated(step) && head(d) === head(s);
  };
  return pair(a, b) || pair(b, a);
}
