import { closedClassGiven } from './closed-class-given';
import { englishWord } from './english-word';
import { escapeRegExp } from './escape-reg-exp';
import { handFirstName } from './hand-first-name';

/**
 * "Oceans and Fisheries Commissioner Henrik Lind", "Roads and Transport Minister Jane Okafor": a portfolio of two
 * parts joined by "and" is one title; the role read before the name stops at "and", so "Fisheries Commissioner" says
 * half of it (audit 56's B-a56-19). The word before "and" joins the title when it is a common English word written
 * with its capital that the copy writes nowhere else (a portfolio's noun, not a surname or a subject: "Rutte and
 * Transport Minister …" keeps the bare title) and no capitalised word stands right before it (a name's second word).
 */
export function andJoinedOffice(role: string, names: readonly string[], text: string): string {
  if (!/^[A-Z]/.test(role)) return role;
  for (const name of names) {
    const m = new RegExp(
      `(?:^|[^\\w'’-])(?<![A-Z][\\w'’-]*\\s)([A-Z][a-z]+) and ${escapeRegExp(role)}\\s+${escapeRegExp(name)}\\b`,
    ).exec(text);
    const word = m?.[1];
    // A pronoun or another closed-class word ("He and Finance Committee Chairman …") is no portfolio's noun.
    if (!word || !englishWord(word.toLowerCase()) || handFirstName(word) || closedClassGiven(word)) continue;
    // "Congress and President Obama", "He and House Judiciary Committee Chairman …": a word the copy also writes
    // elsewhere, out of this title, is a name or a subject of its own; a portfolio's noun stands only in its title.
    const all = text.match(new RegExp(`\\b${word}\\b`, 'g'))?.length ?? 0;
    const titled = text.match(new RegExp(`\\b${word} and ${escapeRegExp(role)}\\b`, 'g'))?.length ?? 0;
    if (all > titled) continue;
    return `${word} and ${role}`;
  }
  return role;
}
