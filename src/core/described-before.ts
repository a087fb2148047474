import { personNoun } from './person-noun';
import { ROLE_HEADS } from './role-heads';

/**
 * Whether the words before a tag's pronoun, outside any quotation, hold a person noun or a role ("a retired teacher",
 * "the councillor"): a noun phrase of its own the "she" may refer to. A quotation's words are what was said, not who.
 */
export function describedBefore(before: string): boolean {
  const outside = before.replace(/["“][^"”]*["”]?/g, ' ');
  return outside
    .toLowerCase()
    .split(/[^a-z-]+/)
    .some((w) => personNoun(w) || ROLE_HEADS.has(w));
}
