import { relatedStems } from './answer-lexicon';
import { gluedEverywhere } from './glued-everywhere';
import { HONORIFICS } from './honorifics';
import { knownFirstName } from './known-first-name';
import { WORD_EDGE } from './latin-letters';
import { hasLiteralMatch, literalMatches, literalPattern } from './literal-matches';
import { surname } from './mentions-entity';
import { TITLE_WORDS } from './split-title';
import { stemOf } from './tokenize-words';

/** A person's cue on the whole run: "Mitt Romney said", "said Mitt Romney", "Mitt Romney, who", "Mitt Romney, 69,". */
const SAID_AFTER = literalPattern('', '(?:,? (?:who|whose)\\b|, \\d{1,3},|,? (?:said|says|told|added|stated)\\b)');
const SAID_BEFORE = literalPattern('\\b(?:said|says|told|added|stated) ', '\\b');
/** The capitalised word right before the run: "Sen.", "Mr.", "President" title a person. */
const WORD_BEFORE = literalPattern(`${WORD_EDGE}(\\p{Lu}\\p{Ll}+)\\.? `, WORD_EDGE, 'u');

/**
 * Whether a run of capitals is an English word glued to a person's surname, not a person: "Given Obama's strong job
 * approval", "Longtime Clinton foe", "Team Clinton's contention", "the Coalition to Stop Trump", "Whatever
 * Bloomberg's impact". Positive evidence, all of it needed:
 * - the first word is no given name (census lists, the listed first names) nor an initial — "Rand Paul", "Bay
 *   Buchanan", "Hunter Biden" are names;
 * - it is an English word: WordNet relates it to other words (the answer lexicon, learned from WordNet 3.1 for news
 *   vocabulary) or the copy itself writes it in lower case ("stop", "team");
 * - the copy never gives the whole run a person's cue of its
 *   own: no title or honorific before it, no "X said", "said X", "X, who", "X, 45," — so "Mitt Romney said",
 *   whose "mitt" WordNet knows, stays a person; nor a role ("Radio host Rush Limbaugh");
 * - every occurrence stands where a glued word does (glued-everywhere.ts): sentence-initial, before a possessive or a
 *   noun, a quoted slogan, inside an organisation's name — never as a subject or an object in mid-sentence ("and
 *   Rush Limbaugh repeated the claim", "with Magic Johnson on trade"). An English first word alone was no evidence:
 *   who34's first rule dropped Rush and Magic Johnson beside David Limbaugh and Gary Johnson.
 */
function glued(name: string, role: string | null | undefined, text: string, sentences: readonly string[]): boolean {
  if (role) return false;
  const words = name.split(/\s+/);
  if (words.length < 2) return false;
  const first = words[0]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(first) || knownFirstName(first)) return false;
  const lower = first.toLowerCase();
  const english =
    relatedStems(stemOf(lower)).length > 0 ||
    new RegExp(`(?<![\\p{L}\\p{M}'’-])${lower}(?![\\p{L}\\p{M}'’-])`, 'u').test(text);
  if (!english) return false;
  if (hasLiteralMatch(text, name, SAID_AFTER) || hasLiteralMatch(text, name, SAID_BEFORE)) return false;
  for (const m of literalMatches(text, name, WORD_BEFORE))
    if (TITLE_WORDS.test(m[1]!) || HONORIFICS.has(m[1]!)) return false;
  return gluedEverywhere(sentences, name);
}

/**
 * The people without the glued runs: a run goes only beside another line that bears its surname after a given name
 * of the lists ("Longtime Clinton" beside "Hillary Clinton", "Stop Trump" beside "Donald Trump") — the person it
 * names is listed already. A run with no such line stays as it is: cutting it to the surname would cut a given name
 * the lists lack ("Mitt Romney", "Zephyr Teachout") as often as a glued word.
 */
export function whoIsWhoGlued<T extends { name: string; role?: string | null }>(
  people: readonly T[],
  text: string,
  sentences: readonly string[] = [text],
): T[] {
  return people.filter((p) => {
    const last = surname(p.name);
    if (!people.some((q) => q !== p && surname(q.name) === last && givenFirst(q.name))) return true;
    // "Navy SEAL Ty Woods" found also as "Ty Woods": a run whose tail is a name of its own is that name with its
    // office before it, which the repeat filter reads; the run is not glued to a surname alone.
    if (people.some((q) => q.name.includes(' ') && p.name.endsWith(` ${q.name}`))) return true;
    return !glued(p.name, p.role, text, sentences);
  });
}

/** A full name that opens on a given name of the lists: "Hillary Clinton", not "Team Clinton" nor "Clinton". */
function givenFirst(name: string): boolean {
  const words = name.split(/\s+/);
  return words.length > 1 && knownFirstName(words[0]!);
}
