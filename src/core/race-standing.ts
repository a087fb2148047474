import type { Analysis } from './analysis-types';
import { US_STATES } from './looks-like-person';
import { TWO_WORD_STATES } from './place-words';

/** "Who's ahead…?", "who is leading…?", "who's winning…?", "who's running second…?", "who won…?": a standing asked for. */
const ASKS_STANDING =
  /^\s*(?:who|which \w+)(?:['’]s| is| are| was)?\s+(?:leading|leads|ahead|winning|won|trailing|behind|in the lead|running (?:first|second|third))\b/i;
/** The race sense of lead: a contest ("the poll", "the race") rather than a body run ("leading the foundation"). */
const CONTEST =
  /\b(?:polls?|polling|race|primary|primaries|caucus(?:es)?|contest|ballots?|nomination|delegates|election)\b/i;
/** The place the contest is in, as the question writes it: "in Florida", "in North Carolina". */
const PLACE = /\bin\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)*)/;
/** "Who's leading Iowa?": a state led is a race (its governor is asked "who governs…?"), read from the state list. */
const STATE_OBJECT = /^\s*((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*)?)\s*\??\s*$/;
const isState = (name: string): boolean => US_STATES.has(name) || TWO_WORD_STATES.includes(name);
/** Words that give a standing: a lead, a win, a tie, a margin, a share of the vote. */
export const STANDING =
  /\b(?:lead|leads|leading|led|ahead|behind|trail\w*|wins?|winning|won|beat|beats|beating|trounc\w+|defeat\w*|tied?|tie|(?:first|second|third) place|percent|per cent|points?|margin|edge)\b|\d%/i;

/**
 * The place after the standing verb makes a race only when the verb has no object ("who's leading in Ohio?") or its
 * object is a contest ("leading the primary in Ohio"); "leading the inquiry in Ohio" asks who heads a body there.
 */
function placeOfRace(rest: string): string | undefined {
  const m = PLACE.exec(rest);
  if (m === null) return undefined;
  const object = rest.slice(0, m.index);
  return /[\p{L}\p{N}]/u.test(object) && !CONTEST.test(object) ? undefined : m[1];
}

/** The race the question asks a standing in, or undefined when it asks who heads a body, or no standing at all. */
function askedRace(question: string): { place?: string } | undefined {
  if (!ASKS_STANDING.test(question)) return undefined;
  const rest = question.replace(ASKS_STANDING, '');
  const state = STATE_OBJECT.exec(rest)?.[1];
  const place = state !== undefined && isState(state) ? state : placeOfRace(rest);
  if (place === undefined && !CONTEST.test(question)) return undefined;
  return place === undefined ? {} : { place };
}

/** The sentence gives a standing in the asked race: it says a standing word, and names the asked place if any. */
const givesStanding = (text: string, race: { place?: string }): boolean =>
  STANDING.test(text) && (race.place === undefined || text.includes(race.place));

/**
 * "Who's ahead in Florida in the 50-state poll?" over "Trump leads by 15 points in Indiana … and has a small lead in
 * Ohio", "which cookie is leading the poll?" over "…submitted cookie recipes for the magazine's poll": the race sense of
 * lead or win asks a standing, and a sentence that gives none, or gives it for another place, is no answer. Returns why
 * a sentence gives no standing in the asked race, or undefined when no race is asked (standing-first.ts puts first and
 * declines). "Who's leading the foundation?" (a body, no contest word, no place) is left to the role-holder reading.
 */
export function raceStanding(
  analysis: Analysis,
  question: string,
): ((index: number) => string | undefined) | undefined {
  const race = askedRace(question);
  if (!race) return undefined;
  return (index) => {
    if (givesStanding(analysis.sentences[index]!.text, race)) return undefined;
    return race.place === undefined
      ? 'The article gives no standing in that race.'
      : `The article gives no standing in ${race.place}.`;
  };
}
