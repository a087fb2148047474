/**
 * The letter/digit runs of a text, lower-cased, one space apart: the words as the search's tokenizer sees them
 * (FTS5's unicode61, searchTerms), so "Cancel-culture row" holds "cancel culture" and "Covid-19" holds "covid 19".
 */
const runs = (text: string) =>
  ` ${(
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).join(' ')} `;

/** Whether a story's title or text holds the words side by side, whatever marks stand between them. */
export function holdsWords(article: { title: string; text: string }, words: string): boolean {
  const wanted = runs(words);
  return wanted.trim() !== '' && runs(`${article.title}\n${article.text}`).includes(wanted);
}
