import { EXTRACTIVE_ENGINE_VERSION } from '../core/extractive-engine-version';
import { learnedDataHash } from './learned-data-hash';

let key: string | undefined;

/**
 * The extractive engine's cache key: its version and a hash of the learned data its analyses
 * depend on, so analyses stored before `npm run train` changed a model are recomputed.
 */
export function extractiveEngineKey(): string {
  key ??= `extractive@${EXTRACTIVE_ENGINE_VERSION}+${learnedDataHash()}`;
  return key;
}
