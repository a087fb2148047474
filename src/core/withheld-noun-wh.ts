import { markedNounKind } from './marked-noun-kind';
import { timeNoun } from './time-noun';

/** "timeline", "timetable", "timeframe": a compound on "time" is a when, though WordNet files "timeline" a record. */
const TIME_COMPOUND = /^time[a-z]{3,}$/;

/**
 * The wh-word a withheld object stands for: "declined to give a timeline for the restart" withholds when, "would not
 * confirm the location" where, "did not disclose the figure" how much — so the marker leaves as much unknown as
 * "declined to say when the plant would restart" does. A time noun (WordNet noun.time, first sense), a place noun
 * (its commonest sense) or a value the question types know; a person or a reason
 * is left out: "a man, who declined to give his name, said…" still says who spoke, as a description.
 */
export function withheldNounWh(noun: string): string | undefined {
  if (timeNoun(noun) || TIME_COMPOUND.test(noun) || markedNounKind(noun, 'time')) return 'when';
  // "location" is the root the place nouns are kinds of, so not one of them; any sense of a kind of place is too
  // loose an object ("the jobs", "the approach"): the commonest sense decides (thing-noun.ts, via markedNounKind).
  if (noun === 'location' || markedNounKind(noun, 'place')) return 'where';
  return markedNounKind(noun, 'count') ? 'how much' : undefined;
}
