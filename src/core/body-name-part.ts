import { HONORIFICS } from './honorifics';
import { knownFirstName } from './known-first-name';
import { ORG_HEADS } from './org-heads';
import { ROLE_HEADS } from './role-heads';
import { TITLE_WORDS } from './split-title';
import { isCapitalised, lowerWord, type Word } from './tokenize';

/**
 * Whether the name parse-person.ts found at `first` is part of a body's name rather than a person's: its tail after
 * "of"/"for" and a body's head word, or (`single`: the name is one word) the one word ending "The Bureau of Alcohol".
 */
export function bodyNamePart(words: Word[], first: number, single: boolean): boolean {
  return (single && endsBodyName(words, first)) || tailOfBody(words, first);
}

/**
 * "The Association of British Insurers", "Institute for Fiscal Studies": after a body's head word and "of" or "for",
 * the capitalised words up to the name are the rest of the body's name, unless a given name opens them ("the
 * Committee of Jane Doe").
 */
function tailOfBody(words: Word[], first: number): boolean {
  const at = capitalsBefore(words, first - 1);
  if (words[at]?.text === 'and') return conjunctOfBody(words, at);
  const connector = words[at]?.text;
  if ((connector !== 'of' && connector !== 'for') || !ORG_HEADS.has(words[at - 1]?.text ?? '')) return false;
  return !knownFirstName(words[at + 1]!.text);
}

/** Back from `at` past capitalised words: where the first word that is none stands. */
function capitalsBefore(words: Word[], at: number): number {
  while (at > 0 && isCapitalised(words[at]!.text)) at--;
  return at;
}

/**
 * "Department of Town Planning and Survey", "Department of Consumer and Business Affairs": after a body's head word,
 * "of"/"for" and capitalised words, the words after "and" go on with the body's portfolio to the run's end (audit 58,
 * B-a58-4: the tail was a person and took the department's quotes). A given name opening them ("Department of Justice
 * and Jeff Sessions") or a title among them ("… and Human Services Secretary Tom Price") names a person after the body.
 */
function conjunctOfBody(words: Word[], and: number): boolean {
  const tail = words.slice(and + 1);
  if (tail.length === 0 || knownFirstName(tail[0]!.text)) return false;
  if (tail.some((w) => !isCapitalised(w.text) || HONORIFICS.has(w.text) || TITLE_WORDS.test(w.text))) return false;
  if (tail.some((w) => ROLE_HEADS.has(lowerWord(w)))) return false;
  const of = capitalsBefore(words, and - 1);
  return of < and - 1 && /^(?:of|for)$/.test(words[of]?.text ?? '') && ORG_HEADS.has(words[of - 1]?.text ?? '');
}

/**
 * "The Bureau of Alcohol", "The Office of Rail and Road": one word after "of", or after "and" in a run
 * that has an "of" or "for" before it, ends a body's name. "Trump and Lewandowski" is two people, and a
 * given name ("Bill and Hillary") is someone.
 */
function endsBodyName(words: Word[], first: number): boolean {
  const connector = words[first - 1]?.text;
  if (knownFirstName(words[first]!.text)) return false;
  if (connector === 'of') return true;
  if (connector !== 'and' && connector !== '&') return false;
  const of = words.slice(0, first - 1).findLastIndex((w) => w.text === 'of' || w.text === 'for');
  // "Strategists for Barack Obama and Clinton": people after the "for", not a body's name.
  const after = words[of + 1]?.text === 'the' ? words[of + 2] : words[of + 1];
  return of >= 0 && !knownFirstName(after?.text ?? '');
}
