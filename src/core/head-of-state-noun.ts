import { handFirstName } from './hand-first-name';
import data from './head-of-state-nouns.json' with { type: 'json' };

/**
 * The kinds of head of state WordNet 3.1 knows, as src/train/build-head-of-state-nouns.ts wrote them, less those the
 * hand tables also hold as a first name ("Rex Tillerson" is no king).
 */
const NOUNS: ReadonlySet<string> = new Set(
  (data as string).split(' ').filter((w) => !handFirstName(w.charAt(0).toUpperCase() + w.slice(1))),
);

/** Whether a lower-case noun names a head of state's office ("premier", "taoiseach", "tsar"). */
export function headOfStateNoun(word: string): boolean {
  return NOUNS.has(word);
}
