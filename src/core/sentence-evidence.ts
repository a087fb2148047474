/** A sentence's evidence for the choice of questions (split out of prepare-questions.ts, which reads it once an article). */

import type { QuestionKind } from './analysis-types';
import type { Cue } from './question-cues';

/** What one sentence offers the choice of questions, whatever scorer and bar make the choice. */
export interface SentenceEvidence {
  index: number;
  /** The strongest cue (a quoted charge word counts as one), null without a cue. */
  cue: Cue | null;
  /** The scorer's features (followup-features.ts), from the cues the text itself carries. */
  features: string[];
  /** How many cues it carries (a quoted charge word counts as one). */
  cueCount: number;
  /** The word classes that say what kind of lead a sentence with no cue is. */
  cuelessKind: QuestionKind;
}

/**
 * SentenceEvidence whose features are read on first use. A class, not an object literal with
 * getters: V8 builds such a literal through the runtime, ~20× slower, once for every sentence.
 */
export class LazyEvidence implements SentenceEvidence {
  constructor(
    readonly index: number,
    readonly cue: Cue | null,
    readonly cueCount: number,
    private readonly read: () => string[],
  ) {}
  get features(): string[] {
    return this.read();
  }
  get cuelessKind(): QuestionKind {
    return cuelessKind(this.read());
  }
}

/** A sentence with no cue is shown as its passage; its word classes say which kind of lead it is. */
function cuelessKind(features: string[]): QuestionKind {
  if (features.includes('x:pending')) return 'pending';
  if (features.includes('x:unknown')) return 'unknown';
  if (features.includes('x:denial')) return 'denied';
  return 'unverified';
}
