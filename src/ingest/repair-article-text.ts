import type { NewArticle } from '../store/article-repository';
import { repairDoubleEncoding } from './repair-double-encoding';

/** The article with double-encoded UTF-8 repaired in its title and text, and how many characters were restored (0: unchanged). */
export function repairArticleText(article: NewArticle): { article: NewArticle; repaired: number } {
  const text = repairDoubleEncoding(article.text);
  const title = repairDoubleEncoding(article.title);
  // The title is most often the text's first line: its characters are counted once, with the text's.
  const repaired = text.repaired || title.repaired;
  return repaired === 0
    ? { article, repaired }
    : { article: { ...article, text: text.text, title: title.text }, repaired };
}

/** What a user is told when ingest repaired the text: a warning line's words (no full stop: callers add one). */
export function repairedWarning(repaired: number | undefined): string | undefined {
  if (!repaired) return undefined;
  const characters = repaired === 1 ? 'one character' : `${repaired} characters`;
  return `its text had been saved in the wrong encoding (“Ã©” for “é”); ${characters} repaired before storing`;
}
