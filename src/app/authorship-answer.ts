import type { AnswerResult } from '../core/analysis-types';
import { textByline } from '../ingest/text-byline';
import type { StoredArticle } from '../store/article-repository';

const STORY = '(?:this|the|that) (?:story|article|piece)';
/**
 * Questions about who wrote the story itself. The object must be the story ("this", "this story"), so
 * "who reported the claims?" or "who wrote the letter?", about people inside the copy, go to the engine;
 * "author"/"writer"/"journalist" count only with the story named, since a story may be about one.
 */
const AUTHORSHIP = new RegExp(
  [
    `^who (?:wrote|has written|authored|penned|filed|reported|is reporting|reported on) (?:this|${STORY})$`,
    `^who(?:'s| is| was) (?:the )?(?:reporter|correspondent)(?: (?:of|on|for|behind) ${STORY})?$`,
    `^who(?:'s| is| was) the (?:author|writer|journalist|reporter|correspondent) (?:of|on|for|behind) ${STORY}$`,
    `^who(?:'s| is| was) (?:this|${STORY}) (?:by|from)$`,
    `^whose (?:story|article|piece) is (?:this|it)$`,
    `\\bbyline\\b`,
  ].join('|'),
);

/** Whether a thread question asks who wrote the story. */
export function asksAuthorship(question: string): boolean {
  const plain = question
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/^(?:(?:so|ok|okay|and|but|also)\b[\s,]*)+/, '')
    .replace(/[\s?!.]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return AUTHORSHIP.test(plain);
}

/**
 * Who the story says wrote it: the stored byline, or, for a story stored before text files' bylines were
 * read, the "By …" line still at the top of its text (kept there; see text-byline).
 */
export function storedByline(article: Pick<StoredArticle, 'byline' | 'text'>): string | undefined {
  return article.byline?.trim().replace(/^by\s+/i, '') || textByline(article.text);
}

/**
 * The answer to an authorship question from the story's byline, or undefined for any other question (the
 * engine answers it). The engine never sees the byline (it is copy furniture), so it cannot answer this.
 */
export function authorshipAnswer(
  question: string,
  article: Pick<StoredArticle, 'byline' | 'text'>,
): AnswerResult | undefined {
  if (!asksAuthorship(question)) return undefined;
  const writer = storedByline(article);
  return writer
    ? { answer: `The byline is ${writer.replace(/\.$/, '')}.`, sentenceIds: [] }
    : { answer: 'The article carries no byline, so it does not say who wrote it.', sentenceIds: [] };
}
