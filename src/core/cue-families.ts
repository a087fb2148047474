import { ACTION_CUE_FAMILIES } from './action-cue-families';
import { CHASE_CUE_FAMILIES } from './chase-cue-families';
import type { CueFamily } from './cue-family';
import { HEARSAY_CUE_FAMILIES } from './hearsay-cue-families';
import { STRONG_CUE_FAMILIES } from './strong-cue-families';

/**
 * Every cue family. Cues are sorted by strength with a stable sort, so this order breaks ties: the
 * four slices, concatenated, keep the one list's order.
 */
export const CUE_FAMILIES: CueFamily[] = [
  ...STRONG_CUE_FAMILIES,
  ...HEARSAY_CUE_FAMILIES,
  ...ACTION_CUE_FAMILIES,
  ...CHASE_CUE_FAMILIES,
];
