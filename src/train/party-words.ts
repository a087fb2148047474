import type { Synset } from './build-name-first-words';

/** How far up the hypernyms a party's name is read ("Labour" → "Labour Party" → "labour party" → "party"). */
const DEPTH = 4;

/**
 * The one-word names WordNet writes with a capital for a political party or one of its members, where the party's
 * own name is that word and "Party": "Labour" (the Labour Party), "Green" and "Communist" (members of the Green and
 * Communist Parties).
 * Their commonest sense may be a common noun ("labour", "green"), so the commonest-sense list leaves them out; before a
 * people noun ("Labour councillors", "Green activists") the party is what the copy means (review s36 B-main-86).
 */
export function partyWords(synsets: Map<string, Synset>): string[] {
  const party = [...synsets.entries()].find(
    ([key, s]) => key.startsWith('noun:') && s.words.includes('political_party'),
  )?.[0];
  if (!party) return [];
  const under = (key: string, depth: number): boolean =>
    key === party ||
    (depth < DEPTH &&
      (synsets.get(key)?.pointers ?? []).some(
        (p) => (p.symbol === '@' || p.symbol === '@i') && under(p.target, depth + 1),
      ));
  // "Labour" beside "Labour_Party": the word the party's own name puts before "Party". "Opposition" (no party of that
  // name) and "Labor" (the British party's variant; "labor leaders" are a union's in US copy) are not.
  const named = (key: string, word: string) => !!synsets.get(key)?.words.includes(`${word}_Party`);
  const words = new Set<string>();
  for (const [key, s] of synsets) {
    if (!key.startsWith('noun:') || key === party) continue;
    for (const w of s.words) {
      if (!/^[A-Z][a-z]+$/.test(w)) continue;
      // "Green", a member of the "Green_Party"; "Labour", in the Labour Party's own synset.
      const member =
        s.lexFile === '18' && s.pointers.some((p) => p.symbol === '#m' && named(p.target, w) && under(p.target, 0));
      if (member || (named(key, w) && under(key, 0))) words.add(w.toLowerCase());
    }
  }
  return [...words].sort();
}
