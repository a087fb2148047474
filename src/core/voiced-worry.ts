/**
 * A worry voiced ("expressed concern that…", "voiced fears that…", "raised concerns about…", "aired their
 * unease"): what someone fears may happen, not a claim they make, so no "Is X right that…?" is asked of it
 * (docs/evaluation.md, "Fifteenth round, kind16"). Doubts and skepticism about a claim are not worries: they
 * dispute it.
 */
export const VOICED_WORRY =
  /\b(?:expressed|voiced|raised|aired)\s+(?:(?:serious|grave|deep|growing|new|some|their|his|her|its)\s+)?(?:concerns?|fears?|worries|unease)\b/i;
