import type { Analysis, ArticleMeta } from './analysis-types';
import { cleanArticle } from './clean-article';
import { findEntities } from './find-entities';
import { findOpenQuestions } from './find-open-questions';
import { findQuotes } from './find-quotes';
import { findStatements } from './find-statements';
import { normalizeQuoteMarks } from './quote-marks';
import { splitSentences } from './split-sentences';
import { summarizeArticle } from './summarize-article';

/** Pure: article text in, Analysis out (no I/O, no clock). */
export function analyzeArticle(text: string, meta: ArticleMeta = {}): Analysis {
  const article = cleanArticle(text, meta);
  const sentences = splitSentences(article);
  const entities = findEntities(sentences, article);
  // British single-quote copy is read with its marks swapped (same offsets; sentences unchanged).
  const quoteSentences = normalizeQuoteMarks(sentences);
  const quotes = findQuotes(quoteSentences, article.title);
  const statements = findStatements(quoteSentences);
  const partial = { title: article.title, sentences, quotes, statements, entities };
  return {
    ...partial,
    summary: summarizeArticle(partial),
    questions: findOpenQuestions(partial),
  };
}
