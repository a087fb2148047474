import { ACTION_CUE_FAMILIES } from './action-cue-families';
import type { CueFamily } from './cue-family';
import { HEARSAY_CUE_FAMILIES } from './hearsay-cue-families';
import { LEARNED_CUE_FAMILIES } from './learned-cue-families';
import { STRONG_CUE_FAMILIES } from './strong-cue-families';

/**
 * Every cue family. Cues are sorted by strength with a stable sort, so this order breaks ties: the
 * three hand-written slices, concatenated, keep the one list's order; the learned ones come last.
 */
export const CUE_FAMILIES: CueFamily[] = [
  ...STRONG_CUE_FAMILIES,
  ...HEARSAY_CUE_FAMILIES,
  ...ACTION_CUE_FAMILIES,
  ...LEARNED_CUE_FAMILIES,
];
