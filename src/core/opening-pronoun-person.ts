import type { Analysis, Sentence } from './analysis-types';
import { indexPeople } from './people';
import { PRONOUN_START, previousPerson } from './previous-person';
import { rivalSurnameBefore } from './rival-surname-before';
import { sentenceSpeakers } from './sentence-speakers';
import { speakerGender } from './speaker-gender';
import { standsWhole } from './whole-word-count';

/** Quoted words: a name or a pronoun inside them is the speaker's, pointing anywhere. */
const QUOTED = /["“][^"”]*["”]/g;
/** Each gender's pronouns, any case: one before the name in the sentence before is another of that gender. */
const PRONOUNS = { he: /\b(?:he|him|his)\b/i, she: /\b(?:she|her|hers)\b/i } as const;
/** A letter: what a name's word may not touch. */
const LETTER = /\p{L}/uy;

/** Whom a sentence's opening "He" or "She" stands for, and which of the two it is. */
export interface PronounPerson {
  pronoun: 'he' | 'she';
  /** The person's fullest name in the article ("Datuk Wong Kah Seng"). */
  name: string;
}

/**
 * The fullest person name holding every word of `name` ("Datuk Wong Kah Seng" for "Wong"), when one name holds all
 * the others that do; null when no person of the article's has those words (a body credited with words: "He" is no
 * organisation) or two people do.
 */
function personName(name: string, analysis: Analysis): string | null {
  const words = name.split(/\s+/);
  const holding = [
    ...new Set(
      analysis.entities
        .filter((e) => e.type === 'person' && words.every((w) => e.name.split(/\s+/).includes(w)))
        .map((e) => e.name),
    ),
  ];
  const longest = holding.reduce<string | null>((a, b) => (a === null || b.length > a.length ? b : a), null);
  const inLongest = (n: string) => n.split(/\s+/).every((w) => longest!.split(/\s+/).includes(w));
  return longest !== null && holding.every(inLongest) ? longest : null;
}

/** Where the first of the name's words stands whole in the text, or -1. */
function firstWordAt(text: string, name: string): number {
  let first = -1;
  for (const word of name.split(/\s+/))
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1))
      if (standsWhole(text, at, at + word.length, LETTER) && (first < 0 || at < first)) first = at;
  return first;
}

/**
 * Whether the sentence before names `name` in its own words (not only credits it, nor only inside a quotation) before
 * any pronoun of the gender: "He started this … by saying President Obama is not …" then "He had no proof" is not
 * Obama, and a quote credited through "…," she said is one reading on another (an unnamed "she" said it). Nor a
 * possessive first ("the Kentucky Republican dismissed Obama’s actions" then "He says …" is the Republican).
 */
function namedFirst(before: string, name: string, pronoun: 'he' | 'she'): boolean {
  const own = before.replace(QUOTED, (q) => ' '.repeat(q.length));
  const named = firstWordAt(own, name);
  const other = PRONOUNS[pronoun].exec(own)?.index ?? -1;
  const owner = named >= 0 && /^[\p{L}-]*['’]/u.test(own.slice(named));
  return named >= 0 && !owner && (other < 0 || named < other);
}

/**
 * Whom a sentence opening on "He" or "She" means, when the engine reads it surely: the one person the sentence before
 * names or credits (previous-person.ts, the reading the open questions give a "He" sentence's actor), named there in
 * the copy's own words before any other "he" (namedFirst), with no lone surname the name finder may have missed beside
 * it (rival-surname-before.ts), and of no other gender than the pronoun's — as the quotes' speakers are read
 * (speaker-gender.ts), else as the people index the pronoun resolver weighs candidates by gives it (people.ts). Null
 * where the sentence opens inside someone's quoted words (their "he" may be anyone), and whenever in doubt: an
 * unnamed "he" beats a wrong name.
 */
export function openingPronounPerson(analysis: Analysis, sentence: Sentence): PronounPerson | null {
  const opening = PRONOUN_START.exec(sentence.text)?.[0];
  const index = analysis.sentences.findIndex((s) => s.id === sentence.id);
  if (!opening || index < 0) return null;
  // Its opening words inside a reported quote (which may run on from an earlier sentence): the speaker's "he".
  const words = sentence.text.slice(0, 24).trim();
  if (analysis.quotes.some((q) => q.text.includes(words))) return null;
  const people = analysis.entities.filter((e) => e.type === 'person');
  const meant = previousPerson(analysis.sentences, index, people, sentenceSpeakers(analysis));
  const name = meant && personName(meant, analysis);
  const pronoun = /She/.test(opening) ? 'she' : 'he';
  // No sentence before (the headline opens on "He"): nothing names him, and nothing is read there.
  const before = analysis.sentences[index - 1]?.text;
  if (
    !name ||
    before === undefined ||
    !namedFirst(before, meant, pronoun) ||
    rivalSurnameBefore(before, analysis, name)
  )
    return null;
  const gender = speakerGender(analysis)(meant) ?? indexPeople(analysis.sentences).lookup(name)?.gender ?? null;
  if (gender !== null && gender !== (pronoun === 'he' ? 'male' : 'female')) return null;
  return { pronoun, name };
}
