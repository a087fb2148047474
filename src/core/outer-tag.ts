import { TAG_VERBS } from './reported-speech-tag';

/**
 * The verbs of an outer tag: the trailing tag's, "states" beside "stated" (the set holds "says" and "reports" beside
 * their past), and "shows", a record's verb for what it states ("…, court filings show").
 */
const OUTER_VERBS = [...TAG_VERBS, 'states', 'shows', 'show', 'showed'];

/** Words no description holds: a relative word, a pronoun or a coordinator opens a clause of its own. */
const NOT_SUBJECT = '(?:that|which|who|whom|whose|he|she|it|they|we|i|you|and|but|or)';

/**
 * ", the complaint states." closing a sentence: a determiner's description, up to four words, and its verb, nothing
 * after. Lower-case words only, so a name ("…, the Gazette said") is left to the edge tags, which read names.
 */
const OUTER_TAG = new RegExp(
  String.raw`,\s+((?:the|a|an)\s+(?:(?!${NOT_SUBJECT}\b)[a-z][\w'’-]*\s+){0,3}(?!${NOT_SUBJECT}\b)[a-z][\w'’-]*)\s+(?:${OUTER_VERBS.join('|')})[.!?]?$`,
  'y',
);

/**
 * The outer tag closing a sentence, or null: "A woman reported that Pruitt had warned her, the complaint states."
 * nests one attribution in another, the document's over the woman's (audit 52's B-a52-12). The reported clause inside
 * ends before the tag (`at`, its comma), and the words before it are the document's (`subject`, at `subjectAt`).
 * `text` may have its quotations masked (offsets unchanged).
 */
export function outerTag(text: string): { at: number; subject: string; subjectAt: number } | null {
  const comma = text.lastIndexOf(',');
  if (comma < 0) return null;
  OUTER_TAG.lastIndex = comma;
  const tag = OUTER_TAG.exec(text);
  return tag && { at: comma, subject: tag[1]!, subjectAt: comma + tag[0].indexOf(tag[1]!) };
}

/** The sentence without its outer tag ("…, the complaint states." → "…"), or as it is when it ends on none. */
export function beforeOuterTag(text: string): string {
  const outer = outerTag(text);
  return outer ? text.slice(0, outer.at) : text;
}
