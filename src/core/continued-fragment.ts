import type { Sentence } from './analysis-types';
import type { PeopleIndex } from './people';
import type { QuoteSegment } from './quote-spans';

/**
 * Fewer words are a phrase the reporter's sentence borrows (`"A second term" is what the governor
 * wants`), not the speaker going on.
 */
const CLAUSE_WORDS = 6;

/**
 * Closing words that make the quotation the subject or object of the reporter's own sentence, or
 * give it to someone: a copula right after the mark (`"..." was how`, `"..." has become`) or a verb
 * that describes or reports words (`… is what critics called it`, `… as Omberg put it`).
 */
const COPULA_AFTER =
  /^(?:is|was|are|were|has become|have become|had become|became|remains|remained|has been|had been)\b/i;
const DESCRIBING_VERB =
  /\b(?:describ(?:e|es|ed|ing)|call(?:s|ed|ing)?|put it|dub(?:s|bed|bing)?|term(?:s|ed|ing)?|wr(?:ote|ites|iting|itten)|sa(?:id|ys|y|ying))\b/i;

/** The quotation before, as far as this rule needs it. */
interface Before {
  segments: QuoteSegment[];
  route: string;
  kind: string;
}

/**
 * `"...," Clinton said. "What are we going to do? That is the fight we're taking" to the rest of
 * the country.`: a quotation that opens its sentence with a capital, right after a tagged one in
 * the same paragraph, carries that speaker on even when the reporter's words close its sentence
 * (which makes it a fragment for the quote kinds), when it is a clause's length and those closing
 * words neither name a person nor describe the quotation. True when `head` so continues `before`.
 */
export function continuedFragment(
  head: QuoteSegment,
  before: Before | undefined,
  sentences: Sentence[],
  index: PeopleIndex,
): boolean {
  if (before?.kind !== 'utterance' || (before.route !== 'tag-after' && before.route !== 'tag-before')) return false;
  const own = sentences[head.startSentence]!;
  const previous = sentences[head.startSentence - 1];
  const last = before.segments[before.segments.length - 1]!;
  if (!previous || previous.paragraph !== own.paragraph || last.endSentence !== previous.id) return false;
  if (own.text.slice(0, head.start - own.start).replace(/["\u201c\u2018'\s]/g, '') !== '') return false;
  const words = own.text.slice(head.start - own.start, head.end - own.start).trim();
  if (!/^\p{Lu}/u.test(words) || words.split(/\s+/).length < CLAUSE_WORDS) return false;
  const closing = sentences[head.endSentence]!;
  const after = closing.text.slice(head.end - closing.start).replace(/^["\u201d\u2019',.\s]+/, '');
  if (COPULA_AFTER.test(after) || DESCRIBING_VERB.test(after)) return false;
  return !(index.mentions[closing.id] ?? []).some((m) => m.start >= head.end);
}
