import { personNoun } from './person-noun';
import { regularVerbBases } from './regular-verb-bases';
import { verbLemmas } from './verb-lemmas';

/**
 * Whether a source phrase's head is a verb's -ing form ("preliminary exit polling", "recent polling", "the
 * reporting"): an activity, which confirms nothing, so "Can anyone besides preliminary exit polling confirm …?" treats
 * it as someone (sample 48's #43). The verb is read from WordNet 3.1's verbs (`npm run lexicon:verb-lemmas`,
 * src/train/build-verb-lemmas.ts); an -ing word WordNet files as a person first ("a darling") is someone.
 */
export function activityHead(head: string): boolean {
  if (!/^[a-z]{3,}ing$/.test(head) || personNoun(head)) return false;
  return regularVerbBases(head)
    .slice(1)
    .some((base) => base.length > 1 && verbLemmas().has(base));
}
