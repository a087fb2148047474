import { createHash } from 'node:crypto';
import answerLexicon from '../core/answer-lexicon.json' with { type: 'json' };
import followupScorer from '../core/models/followup-scorer.json' with { type: 'json' };
import quoteAcceptance from '../core/models/quote-acceptance.json' with { type: 'json' };
import speakerRanker from '../core/models/speaker-ranker.json' with { type: 'json' };
import speechCues from '../core/models/speech-cues.json' with { type: 'json' };

/**
 * A short hash of the learned data the extractive engine's analyses depend on. scripts/build.js
 * runs this function at build time and ships its result as a constant, so the compiled CLI
 * neither loads nor hashes ~400 KB of JSON to find a stored analysis; under tsx it runs here.
 */
export function learnedDataHash(): string {
  return createHash('sha256')
    .update(JSON.stringify([speakerRanker, followupScorer, answerLexicon, speechCues, quoteAcceptance]))
    .digest('hex')
    .slice(0, 12);
}
