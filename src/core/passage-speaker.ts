import type { Quote } from './analysis-types';
import { surname } from './mentions-entity';
import { NOT_NAMES } from './not-names';
import { unnamedSource } from './unnamed-source';
import { wordlessSpeech } from './wordless-speech';

/** The end of a signed entry: a closing mark, a dash and a name ("…” ― Nell Carden Grey"), on a page of signed quotes. */
const SIGN_OFF = /[”"’]\s*[\u2015\u2014]\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})$/u;
/** Words that tag or report speech, or a pronoun that may stand for the speaker: the credit may rest on them. */
const TAGGED =
  /\b(?:said|says|told|tells|asked|added|wrote|writes|stated|declared|explained|insisted|argued|warned|according|he|she|they|we|I)\b/;

/**
 * A sentence that opens on its own source, a described one and its speech verb ("The researchers reported that …",
 * "The petition accuses …", "Their attorneys said …"): the opening phrase up to the verb, with no comma inside it.
 */
const OPENS_ON_SOURCE =
  /^(?:The|A|An|Their|His|Her|Its|Some|Several|Many|Most|Other)\s+((?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)\s+(?:said|says|reported|reports|told|tells|accused|accuses|argued|argues|wrote|writes|claimed|claims|found|finds|noted|notes|estimated|estimates|tallied|concluded|concludes|alleged|alleges|warned|warns|insisted|insists|stated|states|announced|announces)\b/;

/**
 * Whom a passage shown as itself may say spoke it ("…”, says X), given `speaker`, the one the engine credits with
 * the quote `quote` in its sentence: the signer of the entry the passage opens on a page of signed quotes (the
 * quote credited may be the next entry's, opening after that sign-off); no one when another name opens the clause
 * that holds the quote and nothing in the sentence names the speaker or tags speech ("Japan branded North Korea an
 * '…'", credited by the quote's ranker to the speaker of the sentence before), nor when the sentence opens on a
 * described source and its speech verb that do not name the speaker, nor when, with no quotation of the speaker's,
 * an unnamed source says what the sentence claims and the speaker's name is not in it; the speaker otherwise.
 */
export function passageSpeaker(
  text: string,
  speaker: string,
  quote: Quote | undefined,
  properWords: ReadonlySet<string>,
): string | null {
  // The sentence names its own source, and that phrase is not the speaker the engine credits (a carried-over
  // source, a quote ranker's pick from the sentence before): crediting nobody is safer than a wrong name.
  const own = OPENS_ON_SOURCE.exec(text.trim());
  if (own && !own[0].includes(surname(speaker))) return null;
  // "She has said little about the plan, and people familiar with her thinking say she now acknowledges …": with no
  // quotation of the speaker's, an unnamed source's speech verb holds the claim, and "she" is only whom it is about;
  // crediting her would make her the source of what others say of her (sample 51's #12).
  if (!quote && unnamedSource(text) && !text.includes(surname(speaker))) return null;
  // "he's also said much over the years about …" tells that he spoke, not what: the writer's sentence (wordless-speech.ts).
  if (!quote && wordlessSpeech(text)) return null;
  const at = quote ? text.indexOf(quote.text.slice(0, 24).trim()) : -1;
  if (at < 0) return speaker;
  const before = text.slice(0, at).replace(/\s*["“‘]?\s*$/, '');
  const signed = SIGN_OFF.exec(before);
  if (signed) return signed[1]!;
  if (text.includes(surname(speaker))) return speaker;
  const opener = /^\p{Lu}[\p{L}\w'’-]*/u.exec(before)?.[0]?.replace(/['’]s?$/, '');
  const namedOpener = !!opener && !NOT_NAMES.has(opener) && properWords.has(opener);
  // A tag anywhere outside the quotation ("means 'he must be doing something right,' she says") credits the speaker.
  const unquoted = text.replace(/[“"][^“”"]*(?:[”"]|$)/g, ' ');
  return namedOpener && !TAGGED.test(unquoted) ? null : speaker;
}
