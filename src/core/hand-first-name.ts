import { FEMALE_NAMES, MALE_NAMES } from './first-names';

/** Both hand tables, for the question asked everywhere: is this a first name of either gender? One lookup. */
const EITHER = new Set<string>([...MALE_NAMES, ...FEMALE_NAMES]);

/**
 * Whether the hand tables in first-names.ts hold the word as a first name of either gender ("Barack", "Hillary";
 * not stdlib's longer lists: see knownFirstName), the test ~45 places once wrote out (review s38 B-r38-12).
 */
export function handFirstName(word: string): boolean {
  return EITHER.has(word);
}
