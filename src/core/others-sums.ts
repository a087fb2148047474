import { sumRelations } from './sum-relations';

/**
 * Every sum in the sentence is someone's pay, or a rate or unit price in a sentence that names no term of the
 * question but its money verb. A rate given with that verb is the asked relation's ("would cost the campaign
 * $600,000 a day" answers "…was costing them?"); a unit price is not ("Tickets cost $25 each" does not answer "how
 * much did it cost?").
 */
export function othersSums(
  text: string,
  people: ReadonlySet<string>,
  namesAsked: boolean,
  namesVerb: boolean,
): boolean {
  const { sums, pay, rate, unit } = sumRelations(text, people);
  return sums > 0 && sums === pay + rate && (rate === 0 || !(namesAsked || (namesVerb && unit === 0)));
}
