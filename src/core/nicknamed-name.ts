import { escapeRegExp } from './escape-reg-exp';
import { handFirstName } from './hand-first-name';
import { isListedFirstName } from './listed-first-name';
import { NICKNAME_QUOTES } from './nickname-quotes';

const either = (marks: readonly string[]): string => `(?:${marks.map(escapeRegExp).join('|')})`;
/** A nickname in quotes, straight, curly or doubled single ("''Jay''"), one capitalised word. */
const NICKNAME = `${either(NICKNAME_QUOTES.opens)}\\p{Lu}[\\p{L}'’.-]*${either(NICKNAME_QUOTES.closes)}`;
/** A closing mark and the space before the surname: only copy holding one can hold a nickname. */
const CLOSINGS = NICKNAME_QUOTES.closes.map((close) => `${close} `);

/**
 * "George "Jay" Keyworth", "John “Tig” Tiegen": the copy writes the whole name with a nickname in quotes between the
 * given name and the surname, which the name finder (stopping at the quote) leaves as the bare surname. Returns that
 * whole run, quotes kept as the copy writes them, when a given name from the lists opens it (a quoted word after any
 * capitalised word, "the Senate “Gang” Smith", is no nickname), else null. One search, for a one-word name only.
 * A name the finder read across the nickname ("Ramon Dizon" of "Ramon "Bong" Dizon", nickname-bridge.ts) and the copy
 * never writes without it is returned as the copy writes it, so its role is read where the copy gives it.
 */
export function nicknamedName(surname: string, text: string): string | null {
  if (surname.includes(' ')) return bridgedName(surname, text);
  // Only a closing quote right before the surname can end a nickname: most copy is spared the search.
  if (!CLOSINGS.some((close) => text.includes(`${close}${surname}`))) return null;
  const pattern = new RegExp(
    `(?<![\\p{L}'’.-])(\\p{Lu}\\p{Ll}+)((?:\\s+\\p{Lu}\\.)?)\\s+(${NICKNAME})\\s+${escapeRegExp(surname)}(?![\\p{L}'’-])`,
    'u',
  );
  const m = pattern.exec(text);
  if (!m || !(handFirstName(m[1]!) || isListedFirstName(m[1]!))) return null;
  return `${m[1]}${m[2]!.replace(/\s+/, ' ')} ${m[3]} ${surname}`;
}

/** "Maria Victoria Panganiban" as the copy writes it, "Maria Victoria "Vicky" Panganiban", when it never writes it bare. */
function bridgedName(name: string, text: string): string | null {
  if (text.includes(name)) return null;
  const cut = name.lastIndexOf(' ');
  const pattern = `(?<![\\p{L}'’.-])${escapeRegExp(name.slice(0, cut))}\\s+(${NICKNAME})\\s+${escapeRegExp(name.slice(cut + 1))}(?![\\p{L}'’-])`;
  const m = new RegExp(pattern, 'u').exec(text);
  return m ? `${name.slice(0, cut)} ${m[1]} ${name.slice(cut + 1)}` : null;
}
