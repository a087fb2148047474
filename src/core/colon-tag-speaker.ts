import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { relativeClauseMention } from './relative-clause-mention';
import type { SpeakerCandidate } from './speaker-candidates';
import { bestCandidate, type SpeakerModel } from './speaker-ranker';
import type { ResolvedSpeaker } from './speaker-resolution';

/** Feature 1 of a candidate is "the rules chose it" (speaker-ranker.ts). */
const RULE = 1;

/**
 * "Another senior figure, who has worked with Ms Lee, put it more bluntly: "…"": a tag whose clause runs up to the
 * colon that opens the quotation, in the quotation's own sentence, says whose words follow as plainly as "X said"
 * does. When the ranker abstains only for want of confidence (a description, with the previous speaker and a name
 * in its relative clause splitting the odds) and ranks first the tag's subject or that name, the tag's subject stands
 * (audit 59, B-a59-17). No PolNeAR train quotation of this shape is one the ranker abstains on, so the figures it was
 * tuned on do not move.
 */
export function colonTagSpeaker(
  item: QuoteItem,
  sentences: Sentence[],
  model: SpeakerModel,
  candidates: SpeakerCandidate[],
  none: number[],
): ResolvedSpeaker | null {
  if (item.route !== 'tag-before' || !item.speaker) return null;
  const head = item.segments[0]!;
  if (item.tagSentence !== head.startSentence) return null;
  const sentence = sentences[head.startSentence]!;
  if (!/:\s*["\u201c]?$/.test(sentence.text.slice(0, head.start - sentence.start))) return null;
  const ranked = bestCandidate(model, candidates, none);
  if (!ranked) return null;
  // Ranked first, the subject itself or a name only its ", who …," clause mentions (relative-clause-mention.ts).
  if (ranked.best.features[RULE] === 1) return item.speaker;
  return relativeClauseMention(item, sentences, ranked.best.speaker) === item.speaker ? item.speaker : null;
}
