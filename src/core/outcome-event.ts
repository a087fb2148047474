import data from './outcome-event-nouns.json' with { type: 'json' };
import { regularVerbBases } from './regular-verb-bases';
import { wordListSet } from './word-list-set';

/** WordNet's events that end in an outcome (build-outcome-event-nouns.ts): a hearing, an inquiry, a vote, talks. */
const outcomeNouns = wordListSet(data as string);

/** A plural's singular as the list holds it: "hearings" → "hearing", "primaries" → "primary". */
const singulars = (w: string): string[] => [w.slice(0, -1), w.replace(/ies$/, 'y')];

/**
 * Whether an event's words (before any "of": "a second survey of the pier") hold one that has an outcome, singular
 * or plural: "the appeal hearing", "their tribunal date", "the primaries", not "the funeral", "the memorial service"
 * or "the final", where nothing the story waits on is open (review 60, R60-4; issue 13, session 59). A gerund whose
 * verb is one of those nouns names the same event ("sentencing", "voting"; WordNet has no noun "sentencing").
 */
export function outcomeEvent(event: string): boolean {
  const words = event.toLowerCase().split(/ of /)[0]!.split(' ');
  return words.some(
    (w) =>
      outcomeNouns().has(w) ||
      (w.endsWith('s') && singulars(w).some((s) => outcomeNouns().has(s))) ||
      (w.endsWith('ing') && regularVerbBases(w).some((base) => outcomeNouns().has(base))),
  );
}
