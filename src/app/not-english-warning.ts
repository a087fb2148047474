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
 * A warning for copy with too few everyday English words, or undefined. The engine reads English
 * prose: on other languages its roles and questions are nonsense. The same shortage marks English
 * that is no prose (a results table, a market report), so the warning names both rather than
 * asserting a language it did not detect (review B-ux26-4). Only a warning — the article is still
 * stored, since the check can be wrong and the newsroom may want the story kept.
 */
export function notEnglishWarning(text: string): string | undefined {
  const { share, words } = englishShare(text);
  if (words < MIN_WORDS || share >= MIN_ENGLISH_SHARE) return undefined;
  return 'few of its words are everyday English (another language, or a table rather than prose?); newsbrief reads English prose, so its brief may be wrong';
}
