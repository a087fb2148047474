/**
 * After "the", a name is a person's only before what a person has: "the Feingold campaign", "the Hillary Clinton
 * campaign", "the Obama administration" — while "the Harbour", "the Memorial", "the House" name a place or a body.
 */
export const PERSONS_AFTER_THE =
  /^\s+(?:campaign|camp|family|administration|government|team|era|years|household|presidency)\b/;
