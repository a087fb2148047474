import type { Sentence } from './analysis-types';
import type { PersonMention } from './people';

/** Where a quotation sits: its sentences and the offsets of its words. */
interface QuotePlace {
  startSentence: number;
  endSentence: number;
  start: number;
  end: number;
}

/** How one candidate's mentions stand to a quotation: the ranker's position features before scaling. */
export interface MentionStanding {
  sameBefore: number;
  sameAfter: number;
  inside: number;
  previousSentence: number;
  /** Sentences back to the nearest mention before the quotation's (Infinity: none). */
  back: number;
  sameParagraph: number;
  earlierParagraphsOnly: number;
  subject: number;
  objectOnly: number;
  /** Characters to the nearest mention before / after with no other quotation between (Infinity: none). */
  before: number;
  after: number;
}

/**
 * The standing of a candidate's mentions to the quotation; `floor` and `ceiling` are the ends of the
 * quotations before and after it, so a mention past another quotation is not "next to" this one.
 */
export function mentionStanding(
  sentences: Sentence[],
  quote: QuotePlace,
  mentions: PersonMention[],
  floor: number,
  ceiling: number,
): MentionStanding {
  const paragraphOf = sentences[quote.startSentence]!.paragraph;
  const s: MentionStanding = {
    sameBefore: 0,
    sameAfter: 0,
    inside: 0,
    previousSentence: 0,
    back: Number.POSITIVE_INFINITY,
    sameParagraph: 0,
    earlierParagraphsOnly: mentions.length > 0 ? 1 : 0,
    subject: 0,
    objectOnly: mentions.length > 0 ? 1 : 0,
    before: Number.POSITIVE_INFINITY,
    after: Number.POSITIVE_INFINITY,
  };
  for (const m of mentions) {
    const id = m.sentenceId;
    if (id === quote.startSentence && m.end <= quote.start) s.sameBefore = 1;
    if (id === quote.endSentence && m.start >= quote.end) s.sameAfter = 1;
    if (id >= quote.startSentence && id <= quote.endSentence) s.inside = 1;
    if (id === quote.startSentence - 1) s.previousSentence = 1;
    if (id < quote.startSentence) s.back = Math.min(s.back, quote.startSentence - id);
    const paragraph = sentences[id]!.paragraph;
    if (paragraph === paragraphOf) s.sameParagraph = 1;
    if (paragraph >= paragraphOf) s.earlierParagraphsOnly = 0;
    if (m.subject) s.subject = 1;
    if (!m.object) s.objectOnly = 0;
    if (m.end <= quote.start && m.start > floor) s.before = Math.min(s.before, quote.start - m.end);
    if (m.start >= quote.end && m.end < ceiling) s.after = Math.min(s.after, m.start - quote.end);
  }
  return s;
}
