import { calendarWords } from '../src/core/calendar-words';
import data from './group-nouns.json' with { type: 'json' };
import { PREPOSITION } from './holds-the-object';

/** The words, split once on first use: only a thread's "they" and "and why?" read them, never the analysis. */
let nouns: ReadonlySet<string> | undefined;

/**
 * Capitalised words that open a sentence's time or place adjunct, no part of a body's name: "On Tuesday police …",
 * "Last May staff …" (review s46 B-r46-6). A preposition, a weekday or month (calendarWords), or a word of time.
 */
const TIME = /^(?:last|next|this|early|late|earlier|later|yesterday|today|tonight|overnight)$/i;
const noName = (word: string) => PREPOSITION.test(word) || TIME.test(word) || calendarWords(word);

/** Determiners written before a body's name: "The council" is "the council". */
const DETERMINER = /^(?:the|its|their)$/i;
/**
 * A lower-case noun after a possessive or a capitalised word, with "the" before it when written: "the fishermen's
 * association", "Harwick council", "The council". The noun must be a group noun (groupNoun).
 */
const BODY =
  /(?<![\p{L}\p{N}'’-])(?:([Tt]he)\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}|\p{Ll}+['’]s?)\s+(\p{Ll}+)(?![\p{L}\p{N}'’-])/gu;

/**
 * Whether a singular noun's commonest WordNet 3.1 sense is filed under noun.group ("association", "council", "club"),
 * as `npm run lexicon:group-nouns` (src/train/build-group-nouns.ts) wrote commands/group-nouns.json.
 */
export function groupNoun(word: string): boolean {
  nouns ??= new Set((data as string).split(' '));
  return nouns.has(word);
}

/**
 * The bodies a sentence names with a lower-case group noun, as written: "the fishermen's association", "Harwick
 * council", "the council". Not one that begins a title before a name ("council leader Tom Reddy"), where it says what
 * the person is.
 */
export function groupNounBodies(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(BODY)) {
    const [whole, the, run = '', noun = ''] = m;
    if (!groupNoun(noun) || /^\s+\p{Ll}+\s+\p{Lu}/u.test(text.slice(m.index + whole.length))) continue;
    // "On Tuesday police": the adjunct's words go, and a noun left with no name is "the police".
    const words = run.split(/\s+/);
    const at = the ? 0 : words.findIndex((word) => !noName(word));
    const before = at < 0 ? 'the' : words.slice(at).join(' ');
    const name = DETERMINER.test(before) ? `the ${noun}` : `${the ? 'the ' : ''}${before} ${noun}`;
    if (!found.includes(name)) found.push(name);
  }
  return found;
}
