import type { Analysis, AnswerResult } from '../core/analysis-types';
import type { ArticleHit, StoredArticle } from '../store/article-repository';
import type { Store } from '../store/store';

export interface BriefFound {
  kind: 'found';
  article: StoredArticle;
  analysis: Analysis;
  /** Engine label for the footer. */
  engine: string;
  /** Other stored articles that matched the query, best first. */
  others: ArticleHit[];
}

export interface BriefNotFound {
  kind: 'none';
  query: string;
  suggestions: ArticleHit[];
}

export interface ThreadAnswer {
  article: StoredArticle;
  analysis: Analysis;
  result: AnswerResult;
}

export interface AddOutcome {
  ok: boolean;
  /** One line per input item, for the user: "Added: <title>", "Already stored: …", "Skipped x.bin: …". */
  message: string;
  articleIds: number[];
}

/** The use cases every platform calls (through commands/). */
export interface NewsbriefApp {
  readonly store: Store;
  readonly now: () => Date;
  briefStory(query: string): Promise<BriefFound | BriefNotFound>;
  analyzeStored(article: StoredArticle): Promise<{ analysis: Analysis; engine: string }>;
  answerAbout(articleId: number, question: string): Promise<ThreadAnswer | undefined>;
  /** `/brief add`: a URL (fetched) or pasted article text. */
  addArticle(input: string, addedBy: string): Promise<AddOutcome>;
}
