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
 * episode of") or a credit
 * ("author of", "star of", "an appearance on"). US copy closes such titles with the sentence's
 * comma or period inside the marks, so their trailing punctuation says nothing about speech.
 */
const MEDIA_CUE =
  /(?:\b\p{Lu}[\p{L}\d.&-]*['’]s|\b(?:channel|network)['’]s|\b(?:(?:episode|broadcast|edition) of|show|program|programme|podcast|broadcast|film|movie|memoir|book|novel|thriller|drama|sitcom|series|documentary|musical|play|ad|spot|album|song|classic|(?:co-)?author of|star of|host of|roles? in|appearances? on|appeared on|interview with)),?$/u;
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

export function titleCased(words: string[]): boolean {
  const content = words.filter((w) => !SMALL.has(w.toLowerCase()));
  return content.length > 0 && content.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/**
 * A headline credited to its writer (`"Met accused of whitewashing baby Jesus," by Post's Kathianne
 * Boniello:`), as news digests list the pieces they link: the title of a piece, not speech.
 */
const BYLINE = /^\s*by\s+(?:the\s+)?\p{Lu}[\p{L}\d.&-]*(?:\s+\p{Lu}[\p{L}\d.&-]*)*(?:['\u2019]s|s['\u2019])\s+\p{Lu}/u;

export function classifyQuote(text: string, before: string, after: string, tagged: boolean): QuoteKind {
  if (/,$/.test(text) && BYLINE.test(after)) return 'title';
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const endsPunct = /[.!?,;:…—–-]$/.test(text);
  const lead = before.trim();
  const opensSentence = lead === '' || /[:,—–]$/.test(lead);
  const lastWords = lead.split(/\s+/).slice(-3).join(' ');
  if (!endsPunct && words.length <= 12 && NAMING_CUE.test(lastWords)) return 'title';
  if (!endsPunct && words.length <= 10 && titleCased(words) && !(opensSentence && tagged)) return 'title';
  if (opensSentence && (endsPunct || tagged || after.trim() === '' || /^[.!?]/.test(after.trim()))) return 'utterance';
  if (endsPunct && words.length >= 4) return 'utterance';
  if (tagged && words.length >= 5) return 'utterance';
  if (words.length <= 1) return 'term';
  return 'fragment';
}

/**
 * A programme or book title closed US-style (`on CNN's "New Day," Sen. …`): title case, no
 * question or exclamation mark, a media cue just before it. Not speech, so never reported.
 */
export function namesMediaTitle(text: string, before: string): boolean {
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length <= 10 && titleCased(words) && /[^?!]$/.test(text) && MEDIA_CUE.test(before.trim());
}
