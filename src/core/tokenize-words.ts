import { stemmer } from 'stemmer';
import { lemmaOf } from './answer-lexicon';
import { foldInitialisms } from './fold-initialisms';
import { STOPWORDS } from './stopwords';

/**
 * Paraphrase groups common in news questions: a reader asks "mums", the copy says "mothers".
 * Each word maps to the group's first member, after stemming. General vocabulary only.
 */
const SYNONYM_GROUPS: string[][] = [
  ['mother', 'mum', 'mom', 'mummy'],
  ['father', 'dad'],
  ['child', 'kid', 'children'],
  ['compani', 'firm', 'busi', 'employ', 'employer'],
  ['job', 'posit', 'post', 'role', 'vacanc'],
  ['bui', 'acquir', 'purchas', 'takeov'],
  ['sell', 'sale', 'sold'],
  ['pai', 'paid', 'cost', 'spend', 'spent', 'price', 'fund'],
  ['monei', 'cash', 'fund'],
  ['rise', 'increas', 'boost', 'grow', 'growth', 'rais', 'extra', 'extend', 'spare', 'excess', 'upgrad'],
  ['fall', 'drop', 'declin', 'cut', 'reduc', 'lower'],
  ['ceil', 'limit', 'cap', 'maximum'],
  ['film', 'movi', 'documentari'],
  ['cinema', 'theatr', 'screen'],
  ['equip', 'kit', 'technolog', 'gear'],
  ['make', 'made', 'maker', 'produc'],
  ['win', 'won', 'victori', 'beat'],
  ['lose', 'lost', 'defeat', 'loss'],
  ['medal', 'gold', 'silver', 'bronz'],
  ['elect', 'poll', 'vote'],
  ['decid', 'decis', 'choos', 'choic', 'mind', 'verdict', 'judgement', 'judgment', 'ruling'],
  ['deadlin', 'date'],
  ['start', 'begin', 'launch', 'open'],
  ['fix', 'patch', 'repair'],
  ['flaw', 'hole', 'vulner', 'bug'],
  ['attack', 'exploit'],
  ['email', 'e-mail', 'messag', 'mail'],
  ['journalist', 'correspond'],
  ['compress', 'shrink'],
  ['big', 'larg', 'size', 'huge'],
  ['rival', 'threat', 'danger', 'competitor', 'oppon'],
  ['coach', 'trainer', 'manag'],
  ['minist', 'secretari'],
  ['chancellor', 'treasuri'],
  ['boss', 'chief', 'head', 'director', 'leader'],
  ['plan', 'propos', 'scheme'],
  ['watch', 'shown', 'show', 'broadcast', 'air'],
  ['skill', 'train', 'skil'],
  ['month', 'monthli'],
  ['week', 'weekli'],
  ['year', 'yearli', 'annual', 'annum'],
  ['dai', 'daili'],
  ['hope', 'ambit', 'aim', 'goal', 'aspir'],
  ['releas', 'issu', 'publish'],
  // Not "present": in news it is mostly the verb ("presented evidence").
  ['current', 'moment', 'todai', 'nowadai'],
  ['enjoi', 'fun'],
  ['idea', 'dreamt', 'dream', 'invent'],
  ['found', 'founder', 'establish', 'co-found', 'co-founder'],
  ['lawyer', 'attornei', 'solicitor', 'counsel', 'barrist', 'advoc'],
  ['spokesman', 'spokeswoman', 'spokesperson', 'spokesmen', 'spokeswomen'],
  ['injuri', 'injur', 'hurt', 'wound'],
  ['close', 'shut', 'closur'],
  ['return', 'comeback'],
  ['distribut', 'ship', 'deliv', 'deliveri'],
  ['resign', 'quit'],
  ['fail', 'failur', 'collaps'],
  ['sack', 'dismiss', 'ax'],
];

const CANONICAL = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const head = group[0]!;
  for (const word of group) if (!CANONICAL.has(word)) CANONICAL.set(word, head);
}

/**
 * Word -> its content term, or null for a word contentTerms drops (a stopword, a lone letter): one
 * lookup per word instead of a stopword check, a digit test and a stem lookup.
 */
const termCache = new Map<string, string | null>();
const TERM_CACHE_SIZE = 50_000;

/** A stem folded onto its paraphrase group's head ("firm" -> "compani"); the lexicon is keyed the same way. */
export function foldStem(stem: string, word = stem): string {
  return CANONICAL.get(stem) ?? CANONICAL.get(word) ?? stem;
}

/** Plain Porter stem, without paraphrase folding. */
export function stemOf(word: string): string {
  return stemmer(word.toLowerCase());
}

/**
 * Porter stem of a lower-case word (tokenizeWords lower-cases), then folded onto its paraphrase
 * group.
 */
function normalizeWord(lower: string): string {
  return foldStem(stemmer(lemmaOf(lower)), lower);
}

/** The content term of a lower-case word, null when it carries no topic. Cached: the vocabulary of news is small. */
function termOf(word: string): string | null {
  let term = termCache.get(word);
  if (term === undefined) {
    term = STOPWORDS.has(word) || (word.length < 2 && !/\d/.test(word)) ? null : normalizeWord(word);
    if (termCache.size < TERM_CACHE_SIZE) termCache.set(word, term);
  }
  return term;
}

const CURLY = /[’‘`]/;
const CURLY_ALL = /[’‘`]/g;

/**
 * One apostrophe for every typed variant (’ ‘ `): "Who is D'Arcy?" typed on a keyboard must match copy spelling
 * "D’Arcy" (review s50 B-r50-11). The one fold for every reader that keys or compares words, so none drifts.
 */
export function foldApostrophes(text: string): string {
  return CURLY.test(text) ? text.replace(CURLY_ALL, "'") : text;
}
const WORD = /[0-9]+(?:[.,][0-9]+)*[a-z0-9%]*|[a-z\u00c0-\u024f][a-z0-9\u00c0-\u024f'’-]*/g;

/** Raw word tokens (letters/digits, keeping inner apostrophes and hyphens), lowercased. */
export function tokenizeWords(text: string): string[] {
  // Every term match passes here, so the fold is made once.
  const words = foldApostrophes(foldInitialisms(text).toLowerCase()).match(WORD) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const last = w.charCodeAt(w.length - 1);
    // Only words ending in an apostrophe, "'s" or a hyphen need trimming.
    if (last === 39 || last === 0x2019 || last === 45 || (last === 115 && /['’]s$/.test(w))) {
      words[i] = w.replace(/['’]s$/, '').replace(/['’-]+$/, '');
    }
  }
  return words;
}

/**
 * The terms of recent texts: one analysis reads each sentence's terms more than once (the summary,
 * the follow-up passage features, the answer index). Keyed by the text itself, so an entry can never
 * be stale, only unused. Bounded: cleared when 512 texts fill it, well under the ~2,000 sentences of
 * the benchmark's 100 articles, so a corpus read round and round gets no hits across articles. Callers
 * get a copy.
 */
const TERMS_CACHE_SIZE = 512;
const termsCache = new Map<string, readonly string[]>();

/** Normalized content words: no stopwords, stemmed and folded onto paraphrase groups. */
export function contentTerms(text: string): string[] {
  const cached = termsCache.get(text);
  if (cached) return cached.slice();
  const terms: string[] = [];
  for (const word of tokenizeWords(text)) {
    const term = termOf(word);
    if (term !== null) terms.push(term);
  }
  if (termsCache.size >= TERMS_CACHE_SIZE) termsCache.clear();
  termsCache.set(text, terms.slice());
  return terms;
}

/** Adjacent pairs of lowercased words, for ROUGE-2 (no stemming, no stopword removal). */
export function wordBigrams(text: string): string[] {
  const words = tokenizeWords(text);
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) bigrams.push(`${words[i]} ${words[i + 1]}`);
  return bigrams;
}
