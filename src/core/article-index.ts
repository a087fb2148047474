import type { Analysis, Entity } from './analysis-types';
import { surname as lastName } from './mentions-entity';
import { foldPhrasalVerbs } from './phrasal-verbs';
import { sentenceSpeakers } from './sentence-speakers';
import { contentTerms, tokenizeWords } from './tokenize-words';

/** Per-article term statistics for answering, built once per Analysis object. */
export interface ArticleIndex {
  sentenceCount: number;
  /** Content terms of each sentence (same order as analysis.sentences). */
  terms: Array<Set<string>>;
  /** The same terms in the order the sentence says them, for word pairs. */
  sequences: string[][];
  /**
   * Terms the sentence says in a lower-case word or its first word: not only inside a name ("the U.S. Court of
   * Appeals" names an institution; it says no one appeals).
   */
  plainTerms: Array<Set<string>>;
  /** Terms a sentence implies without saying: the speaker it quotes and that speaker's role. */
  context: Array<Set<string>>;
  /** Raw lowercased words, for abbreviation matches. */
  words: string[][];
  /** Lowercased words of the people the article names: a prefix of one ("Jeb" of "Jebens") is no abbreviation. */
  personWords: ReadonlySet<string>;
  /** Raw lowercased words of the speaker and role behind each sentence. */
  contextWords: string[][];
  documentFrequency: Map<string, number>;
}

const cache = new WeakMap<Analysis, ArticleIndex>();

function surname(name: string): string {
  return lastName(name).toLowerCase();
}

function roleOf(entities: Entity[], speaker: string): string {
  const last = surname(speaker);
  const entity = entities.find((e) => e.name === speaker) ?? entities.find((e) => surname(e.name) === last);
  return entity?.role ?? '';
}

/**
 * A Title-case word after the sentence's first word, not opening a quotation or a clause after a colon. Not an
 * ALL-CAPS one: a tweet or chant quoted in capitals ("WE WILL APPEAL") says its words.
 */
const NAME_WORD = /^\p{Lu}\p{Ll}/u;
const OPENS_CLAUSE = /[:;.!?"“”'‘’(—–-]$/;

/** The sentence without its name words ("Court", "Appeals"), for what it says in plain words. */
function withoutNameWords(text: string): string {
  const tokens = text.split(' ');
  return tokens
    .filter((t, k) => k === 0 || !NAME_WORD.test(t) || OPENS_CLAUSE.test(tokens[k - 1] ?? '') || tokens[k - 1] === '')
    .join(' ');
}

/** The index already made for this analysis object, if any (the app keeps it for the story's next question). */
export function madeArticleIndex(analysis: Analysis): ArticleIndex | undefined {
  return cache.get(analysis);
}

/**
 * Answers on `analysis` read `index`, made for an equal analysis: the same story, text and engine, read back from
 * the store again for each question (a new object, so the cache above never hits on it).
 */
export function adoptArticleIndex(analysis: Analysis, index: ArticleIndex): void {
  if (!cache.has(analysis)) cache.set(analysis, index);
}

export function indexArticle(analysis: Analysis): ArticleIndex {
  const cached = cache.get(analysis);
  if (cached) return cached;
  const speakers = sentenceSpeakers(analysis);

  const sequences = analysis.sentences.map((s) => contentTerms(foldPhrasalVerbs(s.text)));
  const terms = sequences.map((list) => new Set(list));
  const contextText = analysis.sentences.map((s) => {
    const speaker = speakers.get(s.id);
    return speaker ? `${speaker} ${roleOf(analysis.entities, speaker)}` : '';
  });
  const plainTerms = analysis.sentences.map((s) => new Set(contentTerms(foldPhrasalVerbs(withoutNameWords(s.text)))));
  const context = contextText.map((text, i) => new Set(contentTerms(text).filter((t) => !terms[i]!.has(t))));
  const documentFrequency = new Map<string, number>();
  for (const set of terms) for (const t of set) documentFrequency.set(t, (documentFrequency.get(t) ?? 0) + 1);
  const index: ArticleIndex = {
    sentenceCount: analysis.sentences.length,
    terms,
    plainTerms,
    sequences,
    context,
    words: analysis.sentences.map((s) => tokenizeWords(s.text)),
    contextWords: contextText.map((text) => tokenizeWords(text)),
    personWords: new Set(analysis.entities.filter((e) => e.type === 'person').flatMap((e) => tokenizeWords(e.name))),
    documentFrequency,
  };
  cache.set(analysis, index);
  return index;
}
