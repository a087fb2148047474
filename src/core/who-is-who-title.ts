import { literalMatches, literalPattern } from './literal-matches';

/** The name written whole, compiled once. */
const WHOLE = literalPattern("(?<![\\w'’-])", "(?![\\w'’-])");

/**
 * “Jane The Virgin” star Jaime Camil: a run the copy writes only as the whole of a quotation is the title of a
 * work (a show, a book, a film), not a person, however much it looks like a given name and a surname.
 */
export function whoIsWhoTitle(name: string, text: string): boolean {
  const all = [...literalMatches(text, name, WHOLE)];
  return (
    all.length > 0 &&
    all.every((m) => /[“"‘]/.test(text[m.index - 1] ?? '') && /^[,.!?]?[”"’]/.test(text.slice(m.index + name.length)))
  );
}
