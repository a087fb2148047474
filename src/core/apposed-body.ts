import data from './body-nouns.json' with { type: 'json' };
import { literalMatches, literalPattern } from './literal-matches';

/** Nouns whose commonest WordNet sense is a group's ("committee", "agency", "party"; `npm run lexicon:bodies`). */
const BODY_NOUNS: ReadonlySet<string> = new Set((data as { words: string }).words.split(' '));

/**
 * The noun phrase of an apposition right after the name, to its end: a stop, a bracket, or a word that opens what
 * follows the head ("America Rising, a conservative political action committee, called", "Field Promotions, a sports
 * and celebrity talent agency, says", "the party of Lincoln"). Bounded: 80 characters at most after each mention.
 */
const APPOSED = literalPattern(
  "(?<![\\p{L}\\p{M}\\d'-])",
  '(?![\\p{L}\\p{M}\\d-]),\\s+(?:a|an|the)\\s+([^,.;:()"“”!?]{1,80}?)(?=\\s*[,.;:)]|\\s+(?:that|which|whose|based|founded|run|in|with|of|and its)\\b)',
  'u',
);

/** Words that carry the phrase on to another noun ("a member of the party", "the man who"): the head is elsewhere. */
const NOT_MODIFIER = /^(?:of|for|at|in|on|to|with|by|from|or|the|a|an|who|which|that|whose)$/;

/**
 * Whether the copy sets a body's apposition beside the name: a noun phrase headed by a group's noun, read from
 * WordNet ("America Rising, a conservative political action committee,"), not a person's role that names a body
 * inside it ("Lee Park, a party official,", "Ann Roe, a committee member"). News style gives a person a role there
 * and a body what it is. The copy is read with one apostrophe (`evidenceCopy`).
 */
export function apposedBody(name: string, copy: string): boolean {
  for (const m of literalMatches(copy, name, APPOSED)) {
    const words = m[1]!.trim().split(/\s+/);
    const head = words[words.length - 1]!;
    if (BODY_NOUNS.has(head) && words.every((w) => !NOT_MODIFIER.test(w))) return true;
  }
  return false;
}
