import type { Analysis, ArticleMeta } from './analysis-types';
import { cleanArticle } from './clean-article';
import { findEntities } from './find-entities';
import { findOpenQuestions } from './find-open-questions';
import { findQuotes } from './find-quotes';
import { findStatements } from './find-statements';
import { normalizeQuoteMarks } from './quote-marks';
import { splitSentences } from './split-sentences';
import { summarizeArticle } from './summarize-article';
import { visibleText } from './visible-text';

/** Pure: article text in, Analysis out (no I/O, no clock). */
export function analyzeArticle(text: string, meta: ArticleMeta = {}): Analysis {
  // Read without the invisible format characters inside words; sentence offsets map back to the input.
  const visible = visibleText(text);
  const title = meta.title === undefined ? meta : { ...meta, title: visibleText(meta.title).text };
  const article = cleanArticle(visible.text, title);
  const sentences = splitSentences(article);
  const entities = findEntities(sentences, article);
  // British single-quote copy is read with its marks swapped, paired '' marks as double ones (same offsets).
  const quoteSentences = normalizeQuoteMarks(sentences);
  const quotes = findQuotes(quoteSentences, article.title);
  const statements = findStatements(quoteSentences);
  const partial = { title: article.title, sentences, quotes, statements, entities };
  return {
    ...partial,
    sentences:
      visible.text === text
        ? sentences
        : sentences.map((s) => ({ ...s, start: visible.original(s.start), end: visible.original(s.end, true) })),
    summary: summarizeArticle(partial),
    // The stored date gives the article's year (article-year.ts); it is read, not returned.
    questions: findOpenQuestions({ ...partial, publishedAt: meta.publishedAt }),
  };
}
