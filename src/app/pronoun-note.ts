import type { Analysis, Sentence } from '../core/analysis-types';
import { calendarWords } from '../core/calendar-words';
import { HONORIFICS } from '../core/honorifics';
import { PLACE_WORDS, PLACES } from '../core/place-words';
import { PRONOUN_START, previousPerson } from '../core/previous-person';
import { sentenceSpeakers } from '../core/sentence-speakers';
import { speakerGender } from '../core/speaker-gender';
import { TITLE_WORDS } from '../core/split-title';
import { standsWhole } from '../core/whole-word-count';

/** Quoted words: a name or a pronoun inside them is the speaker's, pointing anywhere. */
const QUOTED = /["“][^"”]*["”]/g;
/** Each gender's pronouns, any case: one before the name in the sentence before is another of that gender. */
const PRONOUNS = { he: /\b(?:he|him|his)\b/i, she: /\b(?:she|her|hers)\b/i } as const;
/** A letter: what a name's word may not touch. */
const LETTER = /\p{L}/uy;

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

/** A lone capitalised word after another word, no capitalised word beside it, with the word before it. */
const LONE_CAPITAL = /(?<=(\S+)\s+)(?<![\p{Lu}][\p{L}'’.-]*\s+)\p{Lu}[\p{L}'’.-]*(?![\p{L}'’.-]|\s+\p{Lu})/gu;

/** Words after which a lone capitalised word is a hearer, a place or a body, not a rival subject. */
const AFTER = /^(?:told|in|at|from|to|of|for|near|on|into|across|the|a|an)$/i;
/** A demonym or a party's adjective ("Mexican", "Democratic", "British", "Chinese"): no one's name. */
const DEMONYM = /(?:an|ic|ish|ese)$/;

/**
 * Whether the sentence before holds, outside quotations, a lone capitalised word that may be another person's
 * surname: none of the meant person's names, nor a body's or a place's the name finder or the place lists know, a
 * calendar word, a title or an acronym, nor the one told ("told Reuters"). "I waited to see if Obama would appoint
 * Preet Bharara" then "He did not." is Obama's, whom the name finder missed. A run of capitalised words ("North
 * Carolina", "the Islamic State") is a name the finder read, a person's only if it is an entity (previous-person.ts).
 */
function rivalIn(before: string, analysis: Analysis, name: string): boolean {
  const own = before.replace(QUOTED, (q) => ' '.repeat(q.length));
  const known = new Set(name.split(/\s+/));
  for (const e of analysis.entities) if (e.type !== 'person') for (const w of e.name.split(/\s+/)) known.add(w);
  for (const m of own.matchAll(LONE_CAPITAL)) {
    const word = m[0].replace(/['’]s?$|[.,;:]$/, '');
    if (known.has(word) || PLACES.has(word) || PLACE_WORDS.has(word) || calendarWords(word)) continue;
    if (HONORIFICS.has(word) || HONORIFICS.has(`${word}.`) || TITLE_WORDS.test(word) || /^\p{Lu}+$/u.test(word))
      continue;
    // "told Reuters", "in Tucson", "the Democratic caucus", "of Mexican descent": the hearer, a place, a modifier.
    if (AFTER.test(m[1]!) || DEMONYM.test(word) || word === 'I') continue;
    return true;
  }
  return false;
}

/**
 * "It says only that he declined to say how much …": a sentence shown out of its paragraph that opens on "He" or
 * "She" leaves the reader without whom it means (audit 61, B-a61-17). The article's words stay as written; whom the
 * pronoun stands for is said beside them, as a note ("“he” is Datuk Wong Kah Seng"), only when the engine reads it
 * surely: the one person the sentence before names or credits (previous-person.ts, as the open questions read it),
 * named there in the copy's own words before any other "he" (namedFirst), whom the copy does not give the other
 * gender; and not where the sentence opens inside someone's quoted words (their "he" may be anyone). Null otherwise:
 * an unnamed "he" beats a wrong name.
 */
export function pronounNote(analysis: Analysis, sentence: Sentence): string | null {
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
  const before = analysis.sentences[index - 1]!.text;
  if (!name || !namedFirst(before, meant, pronoun) || rivalIn(before, analysis, name)) return null;
  const gender = speakerGender(analysis)(meant);
  if (gender !== null && gender !== (pronoun === 'he' ? 'male' : 'female')) return null;
  return `“${pronoun}” is ${name}`;
}
