import { knightUnresolved } from './knight-given-name';
import { knownFirstName } from './known-first-name';

/**
 * "Crooked Hillary", "Little Marco", "Crazy Bernie": a word before the given name of someone the list names in full
 * is what the copy calls that person, not another person. A run that opens with a given name of its own ("Rand
 * Paul" beside "Paul Ryan") or an initial is a name, whoever else bears its last word as a given name.
 */
export function whoIsWhoEpithet(name: string, listed: readonly string[]): boolean {
  const words = name.split(/\s+/);
  if (words.length !== 2) return false;
  const [first, last] = words as [string, string];
  // "Sir John" left whole by the people index is a knight two full names fit (or none), not John Major's epithet.
  if (/\.$/.test(first) || knownFirstName(first) || knightUnresolved(name)) return false;
  return listed.some((other) => other !== name && other.includes(' ') && other.split(/\s+/)[0] === last);
}
