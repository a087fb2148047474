import type { Sentence } from './analysis-types';
import { indexPeople } from './people';
import { findTranscriptBlocks, type TranscriptBlock } from './transcript-turns';

/** What every turn label the reader knows opens with (transcript-labels.ts): words and a colon, or "Q." / "A)". */
const MAY_LABEL = /^[^:]{0,200}:|^\s*[QA]\s*[.)–—-]/;

/**
 * The article's transcript blocks, for the readers that print or judge turns (summary, cited answers, open questions,
 * key quotes, who-is-who). A block needs two labelled turns, so copy with fewer than two sentences shaped like a label
 * has none, found without indexing the article's people: a cited answer on stored prose stays as cheap as before.
 */
export function articleTranscriptBlocks(sentences: Sentence[]): TranscriptBlock[] {
  let labels = 0;
  for (const s of sentences) if (MAY_LABEL.test(s.text) && ++labels >= 2) break;
  return labels < 2 ? [] : findTranscriptBlocks(sentences, indexPeople(sentences));
}
