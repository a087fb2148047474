import { escapeRegExp } from './escape-reg-exp';

/**
 * “Jane The Virgin” star Jaime Camil: a run the copy writes only as the whole of a quotation is the title of a
 * work (a show, a book, a film), not a person, however much it looks like a given name and a surname.
 */
export function whoIsWhoTitle(name: string, text: string): boolean {
  const all = [...text.matchAll(new RegExp(`(?<![\\w'’-])${escapeRegExp(name)}(?![\\w'’-])`, 'g'))];
  return (
    all.length > 0 &&
    all.every((m) => /[“"‘]$/.test(text.slice(0, m.index)) && /^[,.!?]?[”"’]/.test(text.slice(m.index + name.length)))
  );
}
