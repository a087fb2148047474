import type { Quote } from './analysis-types';
import { surname } from './mentions-entity';
import { NOT_NAMES } from './not-names';

/** The end of a signed entry: a closing mark, a dash and a name ("…” ― Nell Carden Grey"), on a page of signed quotes. */
const SIGN_OFF = /[”"’]\s*[\u2015\u2014]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/u;
/** Words that tag or report speech, or a pronoun that may stand for the speaker: the credit may rest on them. */
const TAGGED =
  /\b(?:said|says|told|tells|asked|added|wrote|writes|stated|declared|explained|insisted|argued|warned|according|he|she|they|we|I)\b/;

/**
 * Whom a passage shown as itself may say spoke it ("…”, says X), given `speaker`, the one the engine credits with
 * the quote `quote` in its sentence: the signer of the entry the passage opens on a page of signed quotes (the
 * quote credited may be the next entry's, opening after that sign-off); no one when another name opens the clause
 * that holds the quote and nothing in the sentence names the speaker or tags speech ("Japan branded North Korea an
 * '…'", credited by the quote's ranker to the speaker of the sentence before); the speaker otherwise.
 */
export function passageSpeaker(
  text: string,
  speaker: string,
  quote: Quote | undefined,
  properWords: ReadonlySet<string>,
): string | null {
  const at = quote ? text.indexOf(quote.text.slice(0, 24).trim()) : -1;
  if (at < 0) return speaker;
  const before = text.slice(0, at).replace(/\s*["“‘]?\s*$/, '');
  const signed = SIGN_OFF.exec(before);
  if (signed) return signed[1]!;
  if (text.includes(surname(speaker))) return speaker;
  const opener = /^[A-Z][\w'’-]*/.exec(before)?.[0]?.replace(/['’]s?$/, '');
  const namedOpener = !!opener && !NOT_NAMES.has(opener) && properWords.has(opener);
  // A tag anywhere outside the quotation ("means 'he must be doing something right,' she says") credits the speaker.
  const unquoted = text.replace(/[“"][^“”"]*(?:[”"]|$)/g, ' ');
  return namedOpener && !TAGGED.test(unquoted) ? null : speaker;
}
