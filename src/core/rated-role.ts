import { escapeRegExp } from './escape-reg-exp';
import { occupationNoun } from './occupation-noun';
import { personNoun } from './person-noun';
import { NOT_MODIFIER } from './role-modifiers';

/**
 * "Labour's rising star Ben Ola": a one-word role whose head WordNet takes first for no person and no occupation
 * ("star" is first a body in the sky), read off a lower-case word before it that the role reading left behind
 * ("rising", "young"), says how the copy rates the person, not what they do: no role. The head after a quoted show's
 * title ("“Jane The Virgin” star X") or a determiner ("the star X") is left as it was.
 */
export function ratedRole(role: string, name: string, text: string): boolean {
  if (!/^[a-z]+$/.test(role) || personNoun(role) || occupationNoun(role)) return false;
  const before = new RegExp(`(\\S+)\\s+${escapeRegExp(role)}\\s+(?:\\S+\\s+)?${escapeRegExp(name)}(?![\\w-])`).exec(
    text,
  )?.[1];
  return !!before && /^[a-z][a-z-]*$/.test(before) && !NOT_MODIFIER.test(before);
}
