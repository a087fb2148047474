import { articleTooShort } from '../core/article-length';
import { notProse } from './not-prose';
import { onlyAddresses } from './only-addresses';
import { splitAddresses } from './split-addresses';

/** Why a file's text cannot be an article (only web addresses, too short, or data rather than prose), for its error line. */
export function articleTextProblem(text: string): string | undefined {
  // Split once for both checks: a 1 MB file's split is ~50 ms on the main thread.
  const split = splitAddresses(text);
  const addresses = onlyAddresses(text, split);
  if (addresses) {
    return `not an article: it is only ${addresses}, no article text (newsbrief stores the text: save the article's text in the file, or give a link to \`newsbrief ingest\` to fetch it)`;
  }
  const short = articleTooShort(text);
  if (short) return `too short to be an article: ${short}`;
  const data = notProse(text, split);
  return data ? `not an article: ${data}` : undefined;
}
