import { personNoun } from './person-noun';
import { headIndex, headNoun } from './phrase-head';
import type { ResolvedSpeaker } from './speaker-resolution';

/** How many sentences back an unnamed speaker is still the one "the aide" takes up: the copy's next lines. */
const REACH = 3;

/**
 * "A senior Democratic leadership aide, speaking on condition of anonymity, said …" then `"…," the aide said`: the
 * definite description takes up the unnamed speaker the copy introduced just before with the same head noun (a
 * WordNet person noun), and the fuller description the copy gave is printed (audit 62, B-a62-18). The definite's
 * own modifiers must all be in that description ("the leadership aide", not "the Republican aide"). Null when no
 * such speaker, or two, stand within REACH sentences: the description is printed as written then, as before.
 */
export function definiteUnnamedSpeaker(
  text: string,
  earlier: readonly (readonly ResolvedSpeaker[])[],
  sentenceId: number,
): ResolvedSpeaker | null {
  const words = text.split(/\s+/);
  if (!/^the$/i.test(words[0] ?? '') || words.length < 2 || words.length > 4) return null;
  if (headIndex(words) !== words.length - 1) return null; // "the head of the unit": a post with its complement
  const head = headNoun(words);
  if (!personNoun(head)) return null;
  const modifiers = words.slice(1, -1).map((w) => w.toLowerCase());
  const found = new Map<string, ResolvedSpeaker>();
  for (let id = sentenceId; id >= 0 && id >= sentenceId - REACH; id--) {
    for (const speaker of earlier[id] ?? []) {
      const own = speaker.name.split(/\s+/);
      if (speaker.person || !/^(?:an?|one)$/i.test(own[0] ?? '') || headNoun(own) !== head) continue;
      const lower = own.map((w) => w.toLowerCase());
      if (modifiers.every((w) => lower.includes(w))) found.set(speaker.name.toLowerCase(), speaker);
    }
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}
