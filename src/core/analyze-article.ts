import type { Analysis, ArticleMeta } from './analysis-types';
import { cleanArticle } from './clean-article';
import { splitSentences } from './split-sentences';
import { findQuotes } from './find-quotes';
import { findStatements } from './find-statements';
import { findEntities } from './find-entities';
import { summarizeArticle } from './summarize-article';
import { findOpenQuestions } from './find-open-questions';

/** Bump when the engine's output changes, so cached analyses are recomputed. */
export const EXTRACTIVE_ENGINE_VERSION = 2;

/** Pure: article text in, Analysis out (no I/O, no clock). */
export function analyzeArticle(text: string, meta: ArticleMeta = {}): Analysis {
  const article = cleanArticle(text, meta);
  const sentences = splitSentences(article);
  const entities = findEntities(sentences, article);
  const quotes = findQuotes(sentences, entities);
  const statements = findStatements(sentences, entities);
  const partial = { title: article.title, sentences, quotes, statements, entities };
  return {
    ...partial,
    summary: summarizeArticle(partial),
    questions: findOpenQuestions(partial),
  };
}
