import type { Sentence } from './analysis-types';
import { indexPeople } from './people';
import { findTranscriptBlocks, type TranscriptBlock } from './transcript-turns';

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
 * key quotes, who-is-who). A block needs two labelled turns, so copy with fewer than two sentences shaped like a label
 * has none, found without indexing the article's people: a cited answer on stored prose stays as cheap as before.
 */
export function articleTranscriptBlocks(sentences: Sentence[]): TranscriptBlock[] {
  let labels = 0;
  for (const s of sentences) if (mayLabel(s.text) && ++labels >= 2) break;
  return labels < 2 ? [] : findTranscriptBlocks(sentences, indexPeople(sentences));
}
