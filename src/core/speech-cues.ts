import { eachMatch } from './each-match';
import cues from './models/speech-cues.json' with { type: 'json' };

/**
 * Learned speech-cue evidence: for each word, the share of its occurrences in the PolNeAR train
 * articles that annotators marked as (part of) an attribution cue (src/train/build-speech-cues.ts).
 * "said" is close to 1, "gushed" or "interjected" well above most words, "released" low: the
 * uncommon verbs a hand list misses still count, and weakly where they often mean something else.
 */
/** Word (lower case, straight apostrophe) -> cue rate. */
export type CueRates = ReadonlyMap<string, number>;

/** A cue table from its JSON shape (word -> rate). */
// A Map, not the plain object: a word such as "constructor" must not find Object.prototype's members.
export const cueRates = (words: Record<string, number>): CueRates => new Map(Object.entries(words));

/**
 * The shipped table, learned from all of PolNeAR train. The speaker and quote trainers'
 * cross-validations pass tables learned without each fold instead, so a fold's features never saw its annotation.
 */
export const SHIPPED_CUES: CueRates = cueRates(cues.words);

function rateIn(rates: CueRates, word: string): number {
  const lower = word.toLowerCase();
  return rates.get(lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower) ?? 0;
}

/** How often `word` (any case) is a speech cue in a table (the shipped one by default), 0 when it never was. */
export const cueRate = (word: string, rates: CueRates = SHIPPED_CUES): number => rateIn(rates, word);

/** Words between a subject and its verb that say nothing about speech ("has also", "is now"). */
export const FILLER = new Set(
  'has had have is was were are also later then again once recently previously just even already further would will could had been be being now repeatedly subsequently quickly immediately initially first finally often frequently publicly privately openly specifically simply still'.split(
    ' ',
  ),
);
const WORD = /\p{L}+(?:['\u2019]\p{L}+)*/gu;
/** An appositive or a party tag right after a name: "Christie, New Jersey's governor," / "(R-Ohio)". */
const ASIDE = /^\s*(?:\([^()"“”]{0,40}\)|,[^,;:"“”]{1,100},)/;
const QUOTE_MARK = /["“”]/;
/** "Gov. Earl Ray Tomblin of West Virginia lauded ...": where the person is from. */
const PLACE = /^\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'\u2019]*(?:\s+\p{Lu}[\p{L}.'\u2019]*)*/u;

/**
 * The strongest cue among the first two content words after a name, up to `limit` characters
 * into `text` (stopping at a quote mark): "Trump, who leads in delegates, mocked ..." -> "mocked".
 */
export function cueAfter(text: string, from: number, limit: number, rates: CueRates = SHIPPED_CUES): number {
  let rest = text.slice(from, Math.min(limit, from + 200));
  const mark = rest.search(QUOTE_MARK);
  if (mark >= 0) rest = rest.slice(0, mark);
  // "Roy Cooper (D), the attorney general, called ...": a party tag and an appositive, in turn.
  for (let i = 0; i < 2; i++) {
    const aside = ASIDE.exec(rest) ?? PLACE.exec(rest);
    if (!aside) break;
    rest = rest.slice(aside[0].length);
  }
  if (/^\s*[,;:(]/.test(rest)) return 0;
  let best = 0;
  let seen = 0;
  for (const m of eachMatch(WORD, rest)) {
    const word = m[0].toLowerCase();
    // Manner adverbs ("cynically dismissed") say how, not whether, someone spoke.
    if (FILLER.has(word) || (word.length > 4 && word.endsWith('ly'))) continue;
    best = Math.max(best, rateIn(rates, word));
    if (++seen === 2) break;
  }
  return best;
}

/** The strongest cue among the two words right before a name: "said Trump", "according to Trump". */
export function cueBefore(text: string, to: number, rates: CueRates = SHIPPED_CUES): number {
  const lead = text.slice(Math.max(0, to - 40), to);
  const words = [...eachMatch(WORD, lead)].slice(-2);
  // Only words that reach the name, not ones before a comma or a quotation.
  const last = words[words.length - 1];
  if (!last || /[^\s\p{L}'\u2019]/u.test(lead.slice(last.index + last[0].length))) return 0;
  return Math.max(0, ...words.map((w) => rateIn(rates, w[0])));
}
