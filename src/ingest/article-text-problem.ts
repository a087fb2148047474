import { articleTooShort } from '../core/article-length';
import { notProse } from './not-prose';

/** Why a file's text cannot be an article (too short, or data rather than prose), for its error line. */
export function articleTextProblem(text: string): string | undefined {
  const short = articleTooShort(text);
  if (short) return `too short to be an article: ${short}`;
  const data = notProse(text);
  return data ? `not an article: ${data}` : undefined;
}
