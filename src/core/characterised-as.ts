import { sourceVerb } from './source-verb';

/** A form of "be" or "get" before the verb makes it passive: "was described by critics as". */
const PASSIVE = /^(?:is|are|was|were|be|been|being|get|gets|got|gotten)$/i;

/**
 * "<Name> dismissed the criticism as "politicking"": a single quoted word the subject's verb of communication
 * (source-verb.ts, WordNet) applies to its object is the subject's own word for it, a partial quotation said, not a
 * scare-quoted term the reporter holds at arm's length (audit 61, B-a61-14). Only an active verb with an object of
 * its own: "a plan described as "reckless"" gives no one who said it.
 */
export function characterisedAs(before: string): boolean {
  const words = before.trimEnd().slice(-120).split(/\s+/);
  if (words.pop() !== 'as') return false;
  // The verb, then an object of one to four words: "dismissed the criticism as", "branded him as".
  for (let v = words.length - 2; v >= Math.max(0, words.length - 5); v--) {
    const verb = words[v]!;
    if (!/^[a-z]+$/.test(verb) || !sourceVerb(verb)) continue;
    return !PASSIVE.test(words[v - 1] ?? '') && words.slice(v + 1).every((w) => /^[\p{L}\d'’-]+$/u.test(w));
  }
  return false;
}
