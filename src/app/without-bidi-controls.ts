/**
 * The explicit bidirectional controls: embeddings and overrides (U+202A–U+202E) and isolates
 * (U+2066–U+2069). An override in a stored title or quote flips the text after it (a title typed
 * "…\u202Eroop…" reads "…poor…"), and an unclosed one runs on over the bot's own words after
 * it. Right-to-left scripts do not need them to show in their order, and the marks (U+200E,
 * U+200F, U+061C), which reorder nothing on their own, are kept.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Text as stored, without the characters that would make it display in another order. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}
