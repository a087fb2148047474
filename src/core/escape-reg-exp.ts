/** Text to match literally inside a RegExp built from it (names, cue words from the copy). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
