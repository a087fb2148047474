import { createHash } from 'node:crypto';
import { EXTRACTIVE_ENGINE_VERSION } from '../core/analyze-article';
import answerLexicon from '../core/answer-lexicon.json' with { type: 'json' };
import followupScorer from '../core/models/followup-scorer.json' with { type: 'json' };
import speakerRanker from '../core/models/speaker-ranker.json' with { type: 'json' };

let key: string | undefined;

/**
 * The extractive engine's cache key: its version and a hash of the learned data its analyses
 * depend on, so analyses stored before `npm run train` changed a model are recomputed.
 */
export function extractiveEngineKey(): string {
  key ??= `extractive@${EXTRACTIVE_ENGINE_VERSION}+${createHash('sha256')
    .update(JSON.stringify([speakerRanker, followupScorer, answerLexicon]))
    .digest('hex')
    .slice(0, 12)}`;
  return key;
}
