import { US_STATES } from './looks-like-person';
import { nameRunPart } from './name-run-part';
import type { NameRun } from './name-runs';
import { parsePerson } from './parse-person';
import { PLACES } from './place-words';
import { withKeys } from './with-keys';

/**
 * "Anna Berg of Sweden and Piet Kuiper of the Netherlands", "Sens. Ted Cruz of Texas and Mike Lee of Utah": the
 * connectors join the whole list into one capitalised run, read as one name ("Netherlands", titled "… Piet Kuiper of
 * the"), so both people were lost. Where a person's name, "of", a place and "and" follow one another, and a person's
 * name of two words or more opens what follows "and", the run is three: the first person, their place, then the rest.
 * A body's name ("Bank of England and Barclays") keeps its run: no person's name stands before its "of". Runs without
 * "and" are passed through untouched (one scan of the run's words).
 */
export function placeListRuns(runs: NameRun[]): NameRun[] {
  if (!runs.some((r) => r.words.some((w) => w.text === 'and'))) return runs;
  return runs.flatMap(splitAtPlace);
}

function splitAtPlace(run: NameRun): NameRun[] {
  const of = run.words.findIndex((w) => w.text === 'of');
  const and = run.words.findIndex((w, i) => i > of && w.text === 'and');
  if (of < 2 || and < 0) return [run];
  const from = run.words[of + 1]?.text === 'the' ? of + 2 : of + 1;
  const place = run.words.slice(from, and);
  if (place.length === 0) return [run];
  // The lead is read as a name "and" follows ("Finance Ministers Anna Berg" of "… and" is Anna Berg), as it is.
  const lead = withKeys(nameRunPart(run.words.slice(0, of), run.previous), { ampersandAfter: true });
  const after = run.words.slice(and + 1);
  // "… and Piet Kuiper of Dunmore": the second person's own "of" and place, which make the first "of" a parallel one.
  const ofAgain = after.findIndex((w) => w.text === 'of');
  const rest = nameRunPart(ofAgain > 0 ? after.slice(0, ofAgain) : after, 'and');
  const parallel = ofAgain > 0 && after.slice(ofAgain + 1).some((w) => /^\p{Lu}/u.test(w.text));
  if (!isPlace(place.map((w) => w.text).join(' ')) && !parallel) return [run];
  const leadName = parsePerson(lead);
  const restName = parsePerson(rest);
  const named = (p: ReturnType<typeof parsePerson>): boolean => p?.name.includes(' ') === true;
  if (!named(leadName) || leadName!.end !== lead.end || !named(restName)) return [run];
  if (!parallel) return [lead, nameRunPart(place, run.words[from - 1]!.text), rest];
  // The second place is read apart as the first is: "of Dunmore" is no part of Piet Kuiper's name.
  if (restName!.end !== rest.end) return [run];
  const again = after[ofAgain + 1]?.text === 'the' ? ofAgain + 2 : ofAgain + 1;
  const second = after.slice(again);
  return [lead, nameRunPart(place, run.words[from - 1]!.text), rest, nameRunPart(second, after[again - 1]!.text)];
}

const isPlace = (name: string): boolean => PLACES.has(name) || US_STATES.has(name);
