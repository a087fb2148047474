import { englishShare } from './english-share';

/**
 * Below this share of the commonest English words a text is taken for another language: half the
 * lowest share of any PolNeAR training article (0.251), where the French, Spanish and German test
 * texts reach at most 0.041; no PolNeAR dev or BBC article comes near it (lowest 0.309).
 */
const MIN_ENGLISH_SHARE = 0.12;
/** Fewer words than this say too little about their language: no warning (say less when unsure). */
const MIN_WORDS = 20;

/**
 * A warning for copy that looks like it is not English, or undefined. The engine reads English:
 * on other languages its roles and questions are nonsense. Only a warning — the article is still
 * stored, since the check can be wrong and the newsroom may want the story kept.
 */
export function notEnglishWarning(text: string): string | undefined {
  const { share, words } = englishShare(text);
  if (words < MIN_WORDS || share >= MIN_ENGLISH_SHARE) return undefined;
  return "this looks like it isn't English; newsbrief reads English, so its brief may be wrong";
}
