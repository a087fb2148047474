import type { Analysis } from './analysis-types';
import { firstWhere } from './first-where';
import { pollStanding } from './poll-standing';
import { raceStanding } from './race-standing';
import type { RankedSentence as Ranked } from './rank-answer-sentences';

/** Why sentence `index` gives no standing the question asks, or undefined when it gives one. */
type StandingCheck = (index: number) => string | undefined;

/** Share of the question's weight a sentence needs to be moved up for giving the standing. */
const MIN_SHARE = 0.5;

/**
 * "Who's ahead in Florida?", "how is Sanders polling?": when the best sentence gives no standing asked, the best-ranked
 * one that does, on at least half the question's weight, goes first; the race's reading (race-standing.ts) first, then
 * the party's (poll-standing.ts). When none does, the ranking is kept and standingAbsent declines.
 */
export function standingFirst(analysis: Analysis, ranked: Ranked[], question: string): Ranked[] {
  return [raceStanding(analysis, question), pollStanding(analysis, question)].reduce(givingFirst, ranked);
}

function givingFirst(ranked: Ranked[], missing: StandingCheck | undefined): Ranked[] {
  const top = ranked[0];
  if (!missing || !top || missing(top.index) === undefined) return ranked;
  return firstWhere(ranked, (r) => r.share >= MIN_SHARE && missing(r.index) === undefined);
}

/** Why the best sentence gives no standing asked (in the race, then for the party), or undefined when it does. */
export function standingAbsent(analysis: Analysis, best: number, question: string): string | undefined {
  return raceStanding(analysis, question)?.(best) ?? pollStanding(analysis, question)?.(best);
}
