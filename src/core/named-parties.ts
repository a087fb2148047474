import type { EntityFinder } from './entity-finder';
import { tokenizeWords } from './tokenize-words';

/** One mention of a person or organisation in a sentence: where it starts and ends in the sentence's text. */
export interface PartyMention {
  start: number;
  end: number;
}

/**
 * Where a sentence names a person or organisation the question does not (review 51's B-r51-2): the analysis' own
 * names, found in any position and any construction ("beating the Green candidate, Sami Okafor", "The buyer, Nordvik
 * Aero, confirmed"), rather than a preposition pattern that knows only "to|from|with|by" + a capital. A place is no
 * party to an act, and a name whose words the question uses is the party the question already knows.
 */
export function namedParties(find: EntityFinder, text: string, questionWords: ReadonlySet<string>): PartyMention[] {
  const lowered = text.toLowerCase();
  const out: PartyMention[] = [];
  for (const entity of find(lowered)) {
    if (entity.type === 'place' || entity.type === 'other') continue;
    if (tokenizeWords(entity.name).some((w) => questionWords.has(w))) continue;
    const name = entity.name.toLowerCase();
    for (let at = lowered.indexOf(name); at >= 0; at = lowered.indexOf(name, at + name.length))
      out.push({ start: at, end: at + name.length });
  }
  return out.sort((a, b) => a.start - b.start);
}
