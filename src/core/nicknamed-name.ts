import { escapeRegExp } from './escape-reg-exp';
import { handFirstName } from './hand-first-name';
import { isListedFirstName } from './listed-first-name';

/** A nickname in quotes, straight, curly or doubled single ("''Jay''"), one capitalised word. */
const NICKNAME = `(?:"|“|'')\\p{Lu}[\\p{L}'’.-]*(?:"|”|'')`;

/**
 * "George "Jay" Keyworth", "John “Tig” Tiegen": the copy writes the whole name with a nickname in quotes between the
 * given name and the surname, which the name finder (stopping at the quote) leaves as the bare surname. Returns that
 * whole run, quotes kept as the copy writes them, when a given name from the lists opens it (a quoted word after any
 * capitalised word, "the Senate “Gang” Smith", is no nickname), else null. One search, for a one-word name only.
 */
export function nicknamedName(surname: string, text: string): string | null {
  if (surname.includes(' ')) return null;
  // Only a closing quote right before the surname can end a nickname: most copy is spared the search.
  if (!['" ', '” ', "'' "].some((close) => text.includes(`${close}${surname}`))) return null;
  const pattern = new RegExp(
    `(?<![\\p{L}'’.-])(\\p{Lu}\\p{Ll}+)((?:\\s+\\p{Lu}\\.)?)\\s+(${NICKNAME})\\s+${escapeRegExp(surname)}(?![\\p{L}'’-])`,
    'u',
  );
  const m = pattern.exec(text);
  if (!m || !(handFirstName(m[1]!) || isListedFirstName(m[1]!))) return null;
  return `${m[1]}${m[2]!.replace(/\s+/, ' ')} ${m[3]} ${surname}`;
}
