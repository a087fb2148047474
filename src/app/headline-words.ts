/** Words that say nothing about which story a headline is about. */
const STOPWORDS = new Set(
  (
    'a an and are as at be been but by for from has have he her his in into is it its of on or over she ' +
    'than that the their they this to up was were will with after amid about new says said say could ' +
    'would should may might not no yes more most less first last who what when where why how report reports ' +
    'update updates latest live today week year day'
  ).split(' '),
);

/**
 * The words of a headline (or of words typed to find one) that tell stories apart: lower-cased,
 * possessive 's off, three letters or more, stopwords out, each once. Callers stem them when
 * "libraries" and "library" should be one word.
 */
export function headlineWords(text: string): string[] {
  return [...new Set(titleWords(text).filter((w) => w.length > 2 && !STOPWORDS.has(w)))];
}

/** Every word of a title or query, lower-cased and without a possessive 's, stopwords and short words kept. */
export function titleWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/['’]s\b/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}
