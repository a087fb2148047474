/**
 * A sentence that opens on the words of someone's own office or people, "His office said …", "Her spokesman told
 * reporters …": the possessive (group 1) stands for the person the sentence before is about, as the "he" of a tag
 * would (tagged-gender.ts). Up to three lower-case words for the possessed noun phrase ("His press office", "Her
 * campaign spokesman"), then a speech verb; anything else after "His"/"Her" says nothing.
 */
export const POSSESSIVE_TAG =
  /^(His|Her)\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:said|says|added|told|wrote|explained|confirmed|announced|insisted|warned|stated)\b/u;
