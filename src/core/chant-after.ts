import { pluralRoleNoun } from './plural-role-noun';
import { SPEECH_VERBS } from './speech-verbs';

/**
 * `"We want jobs," some chanted.`, `"Lock her up!" the crowd chanted back.`: a chant tagged after its quotation. No
 * tag reader takes "chanted" as a speech verb, so the quotation would fall to a speaker carried from earlier speech
 * (a police chief's "said the crowd was peaceful" one sentence before). Its chanters are whoever the tag names: a
 * crowd, unless a person named right before the verb chants (`"Not for sale!" Ms. Hale chanted.`).
 */

/** After the closing mark: a subject of at most five words, an adverb or two, the chant verb, then the clause's end. */
const CHANT_AFTER =
  /^[”"’']?[\s,]*((?:[\p{L}.'’-]+\s+){0,4}?[\p{L}.'’-]+)\s+(?:(?:again|back|loudly|repeatedly|in\s+unison|then|also)\s+)*chant(?:ed|s)\b(?=\s*(?:[.,;!?]|$|\s(?:as|while|when|outside|in|at|on|from|until|during)\b))/iu;

interface Mention {
  start: number;
  end: number;
  possessive: boolean;
}

/**
 * Is the quotation closing at `quoteEnd` (absolute) in `sentence` a chant whose tag after it names no person as its
 * chanter? A "he"/"she" chants as a person does: left to the tag readers and the ranker. Reads at most 80 characters.
 */
export function crowdChantAfter(
  sentence: { text: string; start: number },
  quoteEnd: number,
  mentions: Mention[],
): boolean {
  const from = quoteEnd - sentence.start;
  if (from < 0 || from >= sentence.text.length) return false;
  const chant = CHANT_AFTER.exec(sentence.text.slice(from, from + 80));
  if (!chant) return false;
  const subject = chant[1]!;
  // `"…," she said as protesters chanted`: a speech verb in the run is another tag; the chant is not this quotation's.
  if (/^(?:he|she|i|we)$/i.test(subject) || subject.split(/\s+/).some((w) => SPEECH_VERBS.has(w.toLowerCase())))
    return false;
  // "supporters of Mr. Trump chanted": a subject headed by a plural noun for people is a crowd, whoever it names
  // after its head (review B-r54-6).
  const head = /^(?:the\s+)?(\p{Ll}[\p{L}'’-]*)/u.exec(subject)?.[1];
  if (head && pluralRoleNoun(head, ' chanted')) return true;
  const subjectEnd = sentence.start + from + chant[0].indexOf(subject) + subject.length;
  return !mentions.some((m) => m.end === subjectEnd && !m.possessive);
}
