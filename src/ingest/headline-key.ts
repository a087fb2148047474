/**
 * A headline, or a body's first line, as the two are compared to tell whether the body already opens with its
 * headline (with-headline.ts, front-matter-headline.ts): lower-cased, each run of marks and spaces one space.
 */
export function headlineKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
