import { sourceVerb } from './source-verb';

/**
 * The word right before the verb: a name's last word, with its apposition's comma ("Paul Manafort dismissed", "Lukas
 * Amutenya, dismissed"). A description ("the campaign rejected", "The Tory co-chairman attacked") is left alone: the
 * speaker of a lone word is then read less surely than the word is.
 */
const NAMED_SUBJECT = /^\p{Lu}[\p{L}'’-]*,?$/u;
/** Sentence openers that are capitalised but name no one. */
const OPENER = /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|But|And|Yet|So)$/;

/**
 * "<Name> dismissed the criticism as "politicking"": a single quoted word the subject's verb of communication
 * (source-verb.ts, WordNet) applies to its object is the subject's own word for it, a partial quotation said, not a
 * scare-quoted term the reporter holds at arm's length (audit 61, B-a61-14). Only an active verb with an object of
 * its own, whose subject is a name: "a plan described as "reckless"" gives no one who said it.
 */
export function characterisedAs(before: string): boolean {
  const words = before.trimEnd().slice(-120).split(/\s+/);
  if (words.pop() !== 'as') return false;
  // The verb, then an object of one to four words: "dismissed the criticism as", "branded him as".
  for (let v = words.length - 2; v >= Math.max(0, words.length - 5); v--) {
    const verb = words[v]!;
    if (!/^[a-z]+$/.test(verb) || !sourceVerb(verb)) continue;
    const subject = words[v - 1] ?? '';
    return (
      NAMED_SUBJECT.test(subject) &&
      !OPENER.test(subject) &&
      words.slice(v + 1).every((w) => /^[\p{L}\d'’-]+$/u.test(w))
    );
  }
  return false;
}
