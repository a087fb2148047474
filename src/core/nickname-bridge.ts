import { escapeRegExp } from './escape-reg-exp';
import { handFirstName } from './hand-first-name';
import { HONORIFICS } from './honorifics';
import { isListedFirstName } from './listed-first-name';
import { NICKNAME_QUOTES } from './nickname-quotes';
import { TITLE_WORDS } from './split-title';
import { isCapitalised, type Word } from './tokenize';

/** The opening and the closing of a one-word nickname, a single space outside each. */
const OPENS = new Set(NICKNAME_QUOTES.opens.map((open) => ` ${open}`));
const CLOSES = new Set(NICKNAME_QUOTES.closes.map((close) => `${close} `));

/**
 * Whether `nick` is a quoted nickname between a given name and the surname `next` ("Ramon "Bong" Dizon",
 * "Maria Victoria “Vicky” Panganiban"): the name finder, stopping at the quote, would make the given name one person
 * and the surname another, and lose the role written before the given name (audit 56, B-a56-2). A given name from the
 * lists must stand before the quote, or a run a title or an honorific opens ("Sen. Arnel "Jun" Bacani"): after any other
 * capitalised word ("the Senate "Gang" Smith") it is no nickname.
 */
export function nicknameBridge(
  text: string,
  run: readonly Word[],
  nick: Word,
  next: Word | undefined,
  copy: () => string = () => text,
): boolean {
  const given = run[run.length - 1]!;
  if (!next || given.possessive || nick.possessive || !isCapitalised(nick.text) || !isCapitalised(next.text))
    return false;
  if (!OPENS.has(text.slice(given.end, nick.start)) || !CLOSES.has(text.slice(nick.end, next.start))) return false;
  // "Born Rafael Edward "Ted" Cruz" in copy that calls him "Ted Cruz": the nickname is the name the copy uses, so the
  // run stays apart and the people index keeps one man under the name the copy gives him.
  if (nicknameInUse(copy(), nick.text, next.text)) return false;
  if (handFirstName(given.text) || isListedFirstName(given.text)) return true;
  const opener = run[0]!.text;
  return run.length > 1 && (HONORIFICS.has(opener) || TITLE_WORDS.test(opener));
}

/** Whether the copy writes the nickname bare before the surname ("Ted Cruz"), outside the quoted form. */
function nicknameInUse(text: string, nick: string, surname: string): boolean {
  return new RegExp(`(?<![\\p{L}'’.-])${escapeRegExp(nick)}\\s+${escapeRegExp(surname)}(?![\\p{L}'’-])`, 'u').test(
    text,
  );
}
