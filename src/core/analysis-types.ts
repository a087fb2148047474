/** The analysis contract (see DESIGN.md): what `analyzeArticle` returns and `analyze --json` prints. */

export interface Sentence {
  id: number;
  text: string;
  /** Offsets into the input text given to analyzeArticle. */
  start: number;
  end: number;
  /** Index of the paragraph the sentence belongs to (0-based, body only). */
  paragraph: number;
}

export interface SummaryItem {
  text: string;
  sentenceIds: number[];
}

export interface Quote {
  /** The quoted words, without the quote marks. */
  text: string;
  /** Fullest name the article gives for the speaker; null when the article attributes nothing. */
  speaker: string | null;
  sentenceId: number;
  /** Chosen for the brief. */
  key: boolean;
}

export interface Statement {
  text: string;
  speaker: string;
  sentenceId: number;
}

export type QuestionKind = 'unverified' | 'disputed' | 'pending' | 'unknown' | 'denied' | 'other';

export interface OpenQuestion {
  text: string;
  kind: QuestionKind;
  sentenceIds: number[];
}

type EntityType = 'person' | 'organization' | 'place' | 'other';

export interface Entity {
  name: string;
  type: EntityType;
  role?: string;
}

export interface Analysis {
  title: string;
  sentences: Sentence[];
  summary: SummaryItem[];
  quotes: Quote[];
  statements: Statement[];
  questions: OpenQuestion[];
  /**
   * The name finder's runs as found ("Finance Ministers Anna Berg", "Bank of Norway and the Port of Harwick"), which
   * the speaker reading uses; who is who (who-is-who.ts) is the list mended from them for readers (review B-r43-17).
   */
  entities: Entity[];
}

export interface ArticleMeta {
  title?: string;
  source?: string;
  url?: string;
  publishedAt?: string;
}

/** An answer grounded in the article's sentences, or an abstention. */
export type AnswerResult =
  | { answer: string; sentenceIds: number[] }
  | {
      answer: null;
      sentenceIds: [];
      reason: string;
      /** The sentence that comes closest to the question, when one is on its topic ("It says only that …"). */
      nearestId?: number;
      /** Only the headline says what was asked; the body does not report it. */
      headline?: string;
      /**
       * Why it declines when a caller acts on it, not only shows `reason`: 'no-reason', the article reports the asked act
       * but gives no reason for it (why-reason-first.ts), which the thread's "and why?" of a doer says of that doer;
       * 'not-known', the copy says the asked fact is not known (answer-not-known.ts), which no rewrite replaces.
       */
      declined?: 'no-reason' | 'not-known';
    };
