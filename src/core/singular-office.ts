import { TITLE_WORDS, titleOfPlural } from './split-title';

/**
 * "Deputy Mayors Ruth Okonkwo, …" → "Deputy Mayor", "Attorneys General Ruth Okonkwo and …" → "Attorney General": a
 * title run a list's plural opens is each listed person's office in the singular. The plural is the title word
 * (`titleOfPlural`) or, before a postpositive title ("Attorneys General", "Surgeons General"), the word before it; the
 * words that qualify it ("Deputy") are kept. A run with no plural, or any other role, is returned as written.
 */
export function singularOffice(title: string | null): string | null {
  // Only a run of capitalised words is a title ("spokesman for the Generals" is a role that names a team).
  if (!title || !/^(?:\p{Lu}\p{Ll}+ ){0,3}\p{Lu}\p{Ll}+$/u.test(title)) return title;
  const words = title.split(' ');
  const last = words.length - 1;
  if (last > 0 && words[last] === 'General') {
    const head = /[^s]s$/.test(words[last - 1]!) ? words[last - 1]!.slice(0, -1) : null;
    if (head) words[last - 1] = head;
  } else if (!TITLE_WORDS.test(words[last]!)) words[last] = titleOfPlural(words[last]!) ?? words[last]!;
  return words.join(' ');
}
