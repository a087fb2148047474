import { escapeRegExp } from './escape-reg-exp';
import { handFirstName } from './hand-first-name';
import { WORD_EDGE } from './latin-letters';

/**
 * "Douglas J. Band … Mr. Band wrote", "Ms. Church said": a run the name finder typed as an organisation for its last
 * word ("Band", "Church") is a person when the copy writes that word after Mr., Mrs., Ms. or Dr.: the run itself
 * ("Mr. Band"), or a known first name before it, with initials or none ("Douglas J. Band"). No firm is a "Mr.".
 */
export function honouredName(name: string, text: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1]!;
  if (words.length < 2 || words.length > 4 || !/^\p{Lu}\p{Ll}+$/u.test(last)) return false;
  if (words.length === 2 && HONORIFIC.test(words[0]!)) return true;
  const first = words[0]!;
  if (!handFirstName(first)) return false;
  if (!words.slice(1, -1).every((w) => /^[A-Z]\.$/.test(w))) return false;
  return new RegExp(`\\b(?:Mr|Mrs|Ms|Dr)\\.? ${escapeRegExp(last)}${WORD_EDGE}`).test(text);
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr)\.?$/;
