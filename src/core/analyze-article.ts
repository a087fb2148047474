import type { Analysis, ArticleMeta, Quote, Sentence, Statement } from './analysis-types';
import { cleanArticle } from './clean-article';
import { findEntities } from './find-entities';
import { findOpenQuestions } from './find-open-questions';
import { findQuotes } from './find-quotes';
import { findStatements } from './find-statements';
import { normalizeQuoteMarks } from './quote-marks';
import { splitSentences } from './split-sentences';
import { storyBodyEnd } from './story-body-end';
import { summarizeArticle } from './summarize-article';
import { visibleText } from './visible-text';
import { withKeys } from './with-keys';

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
  // A press release's boiler plate ("About X", "Media Contact:") is no part of the story to brief or question.
  const end = storyBodyEnd(sentences);
  const story = end === sentences.length ? partial : storyBefore(partial, end);
  // withKeys, not a spread: each article's analysis and story would get a hidden class of its own (with-keys.ts).
  return withKeys(partial, {
    sentences:
      visible.text === text
        ? sentences
        : sentences.map((s) => ({ ...s, start: visible.original(s.start), end: visible.original(s.end, true) })),
    summary: summarizeArticle(story),
    // The stored date gives the article's year (article-year.ts); it is read, not returned.
    questions: findOpenQuestions(withKeys(story, { publishedAt: meta.publishedAt })),
  });
}

/** The analysis of the sentences before `end` (ids are positions, so a prefix keeps them). */
function storyBefore<T extends { sentences: Sentence[]; quotes: Quote[]; statements: Statement[] }>(
  partial: T,
  end: number,
): T {
  return {
    ...partial,
    sentences: partial.sentences.slice(0, end),
    quotes: partial.quotes.filter((q) => q.sentenceId < end),
    statements: partial.statements.filter((s) => s.sentenceId < end),
  };
}
