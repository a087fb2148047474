/**
 * The pronoun the copy credits words with ("…," she said / said he): group 1 or 2 is "he" or "she". Global; read with
 * eachMatch. One pattern for the readers of a person's gender from their tags (speaker-gender.ts after attribution,
 * tagged-gender.ts before it), so the two cannot drift.
 */
export const PRONOUN_TAG =
  /\b(?:(he|she)\s+(?:said|says|added|told|asked|wrote|explained|warned|argued|insisted|continued)|(?:said|says|added|asked|wrote)\s+(he|she))\b/gi;
