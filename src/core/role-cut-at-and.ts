import { escapeRegExp } from './escape-reg-exp';
import { handFirstName } from './hand-first-name';
import { WORD_EDGE } from './latin-letters';
import { US_STATES } from './looks-like-person';
import { PLACES } from './place-words';

/**
 * "said Richard and Judy executive producer Amanda Ross": a role that opens on a given name written right after
 * "Capitalised and" is cut inside a coordinated name (the show "Richard and Judy"), so it says the wrong thing; no
 * role is said rather than half of one. A place that is also a given name ("and Virginia Gov. Terry McAuliffe") and
 * a body ("and Labour MP Jane Doe") open roles of their own and stay.
 */
export function roleCutAtAnd(role: string, names: readonly string[], text: string): boolean {
  const first = role.split(/\s+/)[0]!;
  if (!handFirstName(first) || PLACES.has(first) || US_STATES.has(first)) return false;
  return names.some((name) =>
    new RegExp(`\\b[A-Z][\\w'’-]* and ${escapeRegExp(role)}\\s+${escapeRegExp(name)}${WORD_EDGE}`).test(text),
  );
}
