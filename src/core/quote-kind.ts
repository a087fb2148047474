import { characterisedAs } from './characterised-as';
import { nameNounBefore } from './name-noun-before';

/**
 * What a quoted span is: someone's words (utterance), a few borrowed words inside the reporter's
 * sentence (fragment), a name of a work, product or slogan (title), or a single scare-quoted word
 * (term). Titles and terms are not speech and are not reported as quotes.
 */
export type QuoteKind = 'utterance' | 'fragment' | 'title' | 'term';

const NAMING_CUE =
  /\b(?:called|named|dubbed|titled|entitled|nicknamed|term|terms|phrase|word|words|slogan|motto|so-called|known as|billed as|label|brand|album|single|song|film|movie|book|novel|show|series|programme|program|play|musical|campaign|scheme|initiative|project|operation|game|track|hit|sitcom|drama|documentary)\s*$/i;
/**
 * What names a broadcast, programme or published work just before the quote: a possessive outlet
 * or weekday ("CNN's", "Fox News channel's"), a medium noun ("the podcast", "his memoir,", "an
 * episode of"), a credit ("author of", "star of", "founder of", "to the tune of") or a broadcast
 * slot ("an appearance on", "aired Monday on", "an interview Friday on"). US copy closes such
 * titles with the sentence's comma or period inside the marks, so their trailing punctuation says
 * nothing about speech.
 */
const MEDIA_CUE =
  /(?:\b\p{Lu}[\p{L}\d.&-]*['’]s|\b(?:channel|network)['’]s|\b(?:(?:episode|broadcast|edition) of|show|program|programme|podcast|broadcast|film|movie|memoir|book|novel|thriller|drama|sitcom|series|documentary|musical|play|ad|spot|album|song|classic|(?:co-)?author of|star of|host of|founder of|creator of|tune of|roles? in|(?:appearances?|appeared|aired|airing|interview)(?: (?:\p{Lu}\p{Ll}+day|morning|night|today|yesterday))? on|interview with)),?$/u;
/** A medium noun right before the marks: what follows is the work's name, an exclamation mark and all ("the movie "Oklahoma!""). */
const MEDIUM_NOUN =
  /\b(?:show|program|programme|podcast|film|movie|memoir|book|novel|thriller|drama|sitcom|series|documentary|musical|play|album|song),?$/u;
/**
 * "told" and a title-cased name of two words or more: a programme or an outlet is the listener
 * (`Fiorina told "Fox and Friends," reminding …`); words told are not title-cased phrases.
 */
const TOLD = /\btold$/u;
const SMALL = new Set([
  'a',
  'an',
  'the',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'from',
  'by',
  'is',
  'as',
  'vs',
  'v',
]);

/**
 * The quote's words (whitespace-split pieces holding a letter or digit). classifyQuote, namesMediaTitle and
 * namesWorkTitle read the same quote one after another (attribute-quotes.ts), which splits it once and hands each
 * the words; called without them, each splits the quote itself.
 */
export function quoteWords(text: string): readonly string[] {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** Every content word capitalised (a bracketed word, "(Remix)", by the letter after its bracket). */
export function titleCased(words: readonly string[]): boolean {
  const content = words.filter((w) => !SMALL.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^[([]?[\p{Lu}\d]/u.test(w));
}

/**
 * A headline credited to its writer (`"Met accused of whitewashing baby Jesus," by Post's Kathianne
 * Boniello:`), as news digests list the pieces they link: the title of a piece, not speech.
 */
export const BYLINE =
  /^\s*by\s+(?:the\s+)?\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*)*(?:['\u2019]s|s['\u2019])\s+\p{Lu}/u;

/** The longest name read after a noun for a name: longer runs are an explanation of it, not the name. */
const NAME_WORDS = 6;
/** The fewest words read as a clause said rather than a name ("Sleepy Sam," Ortiz said: still the nickname). */
const SAID_WORDS = 4;

export function classifyQuote(
  text: string,
  before: string,
  after: string,
  tagged: boolean,
  words = quoteWords(text),
  tagFollows = false,
): QuoteKind {
  if (/,$/.test(text) && BYLINE.test(after)) return 'title';
  // "under the pseudonym "Carlos Danger,"": a name, whatever closes it (name-noun-before.ts); a question or an
  // exclamation is words said ("his nickname? "Who knows!""), and so is a clause with its speaker's tag right after
  // the mark ("defended the brand "We build it here," Ann Lee said": "brand" in news is mostly a reputation).
  const saidAfter = tagFollows && words.length >= SAID_WORDS;
  if (words.length <= NAME_WORDS && nameNounBefore(before) && !/[?!]$/.test(text) && !saidAfter) return 'title';
  const endsPunct = /[.!?,;:…—–-]$/.test(text);
  const lead = before.trim();
  const opensSentence = lead === '' || /[:,—–]$/.test(lead);
  const lastWords = lead.split(/\s+/).slice(-3).join(' ');
  if (!endsPunct && words.length <= 12 && NAMING_CUE.test(lastWords)) return 'title';
  if (!endsPunct && words.length <= 10 && titleCased(words) && !(opensSentence && tagged)) return 'title';
  if (opensSentence && (endsPunct || tagged || after.trim() === '' || /^[.!?]/.test(after.trim()))) return 'utterance';
  if (endsPunct && words.length >= 4) return 'utterance';
  if (tagged && words.length >= 5) return 'utterance';
  // "dismissed the criticism as "politicking"": one word a speaker applies is said (characterised-as.ts).
  if (words.length <= 1 && !characterisedAs(before)) return 'term';
  return 'fragment';
}

/**
 * A programme or book title closed US-style (`on CNN's "New Day," Sen. …`): title case, a media
 * cue just before it, no question or exclamation mark unless a medium noun stands right before the
 * marks (a chant is not a work's name). Not speech, so never reported.
 */
export function namesMediaTitle(text: string, before: string, words = quoteWords(text)): boolean {
  if (words.length > 10 || !titleCased(words)) return false;
  const lead = before.trim();
  if (MEDIUM_NOUN.test(lead)) return true;
  if (/[?!]$/.test(text)) return false;
  return MEDIA_CUE.test(lead) || (words.length >= 2 && TOLD.test(lead));
}

/** A naming participle right before the marks: what follows is the work's name, whatever its punctuation. */
const NAMED_AS = /\b(?:titled|entitled|headlined|subtitled)\s*,?$/i;
/**
 * A determined work noun set off by a comma (`Ouisa Davis' commentary,`, `his 12th book,`): the
 * quote that follows stands in apposition to it, as the work's name. Works whose quoted content is
 * usually speech (statement, letter, post, tweet, memo, report, speech) are left out.
 */
const APPOSED_WORK =
  /(?:\b(?:the|a|an|his|her|its|their|our|my|your|this|that)|\p{L}['’]s?)\s+(?:[\p{L}\d-]+\s+){0,3}(?:commentary|column|op-ed|editorial|essay|article|piece|headline|book|memoir|novel|biography|film|movie|documentary|song|album|poem|play|musical|podcast|ad|advert|advertisement|spot),$/iu;
/**
 * The work noun inside a preposition's phrase (`Writing in her column,`, `in Dowd's latest column,`): the quote after
 * it is what the work says, the clause's own words, not an apposition naming it (review s29 B-ux29-1).
 */
const IN_WORK = /\b(?:in|on|from|into|through|throughout)\s+(?:[^\s,]+\s+){1,5}?[\p{L}-]+,$/iu;
/** The longest name of a work read here: longer runs are someone's words however framed. */
const WORK_TITLE_WORDS = 15;

/**
 * The name of a piece, however it is cased or closed: after a naming participle (`an op-ed titled
 * "Why I'm voting for her,"`) or set off after a work noun when no speech tag shares its sentence
 * (`Ouisa Davis' commentary, "Melania, tell your immigrant story," is very thoughtful`). A tag in
 * the sentence (`In her column, "We must act," she wrote`) makes the quote the work's words, not its name.
 */
export function namesWorkTitle(
  text: string,
  before: string,
  after: string,
  taggedInSentence: boolean,
  words = quoteWords(text),
): boolean {
  if (words.length === 0 || words.length > WORK_TITLE_WORDS) return false;
  const lead = before.trim();
  if (NAMED_AS.test(lead)) return true;
  // The apposition closes at the mark: US style puts its comma inside, British style just after.
  const closes = /,$/.test(text) || /^\s*,/.test(after);
  return !taggedInSentence && closes && APPOSED_WORK.test(lead) && !IN_WORK.test(lead);
}
