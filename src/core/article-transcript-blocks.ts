import type { Sentence } from './analysis-types';
import { indexPeople } from './people';
import { findTranscriptBlocks, paragraphsOf, type TranscriptBlock } from './transcript-turns';

/** What every turn label the reader knows opens with (transcript-labels.ts): words and a colon, or "Q." / "A)". */
const QA_LABEL = /^\s*[QA]\s*[.)–—-]/;
/**
 * `/^[^:]{0,200}:/` (a colon within the first 201 characters) or a "Q." / "A)" label. The colon is found by indexOf:
 * the pattern walked 200 characters of nearly every sentence, four times an article (the readers below).
 */
const mayLabel = (text: string): boolean => {
  const colon = text.indexOf(':');
  return (colon >= 0 && colon <= 200) || QA_LABEL.test(text);
};

/**
 * The article's transcript blocks, for the readers that print or judge turns (summary, cited answers, open questions,
 * key quotes, who-is-who). A block needs two labelled turns in neighbouring units (isDialogue in transcript-turns.ts:
 * the next unit, at most one paragraph on), so copy with no two such units shaped like a label has none, found without
 * indexing the article's people: a cited answer costs a people index per question only on copy that may be a
 * transcript (two colons in separate paragraphs of prose made every question on a quote-rich story index it).
 */
export function articleTranscriptBlocks(sentences: Sentence[]): TranscriptBlock[] {
  const units = paragraphsOf(sentences);
  let labelBefore = false;
  for (let at = 0; at < units.length; at++) {
    const label = mayLabel(sentences[units[at]!.sentenceIds[0]!]!.text);
    if (label && labelBefore && units[at]!.index - units[at - 1]!.index <= 1)
      return findTranscriptBlocks(sentences, indexPeople(sentences));
    labelBefore = label;
  }
  return [];
}
