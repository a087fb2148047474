import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Writes a lexicon builder's words as one space-joined JSON string (the form the engine's word sets load) to `url`,
 * a file URL the builder makes relative to itself, and says how many were written.
 */
export function writeWordList(url: URL, words: readonly string[], label: string): void {
  writeFileSync(fileURLToPath(url), `${JSON.stringify(words.join(' '))}\n`);
  console.log(`${label}: ${words.length} words`);
}
