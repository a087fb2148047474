import { isDeterminer } from '../src/core/determiners';
import { irregularVerbLemma } from '../src/core/irregular-verb-lemma';
import { plainQuestion } from './plain-question';
import { NOUN_VERBS, VERBS } from './verb-lexicon';

const LEAD = String.raw`(?:(?:and|but|so|ok|okay)\b[\s,]*)?`;
/** "and when?", "why?", "so how long?": only the wh-word, the rest of the last question understood. */
// A trailing "though", "then" or "exactly" asks the same ("why though?"; review s42 B-r42-18).
// "since when?", "until when?", "for how long?" ask for a time as "when?" does; answered alone, "and since when?" after
// "who runs the ferry?" cited any sentence with "since" in it.
const BARE_WH = new RegExp(
  `^${LEAD}(when|why|where|(?:since|until|till) when|for how long|how(?: long| much| many| often)?)(?:,?\\s+(?:though|then|exactly))?$`,
);
/** "what about the treasurer?", "and how about Ruth Hale?": the last question about another subject. */
const WHAT_ABOUT = new RegExp(`^${LEAD}(?:what|how) about\\s+(\\S[\\s\\S]*)$`, 'i');
/** A question the ellipsis can reuse: wh-word, auxiliary, then its subject and verb ("when did the mayor resign"). */
const LAST =
  /^(when|why|where|how(?: long| much| many| often)?|what|who|whom)\s+(did|does|do|will|would|is|was|are|were|has|have|had|can|could|should|must|might|may)\s+(\S.*)$/i;
/** The wh-words that stand for no argument of the verb, so another can take their place ("when" → "why"). */
const ADJUNCT_WH = /^(?:when|why|where|(?:since|until|till) when|for how long|how(?: long| often)?)$/i;
const PRONOUN = /^(?:he|she|they|it|we|you|i)$/i;

/**
 * How a thread's follow-up that leans on its last question reads: `question` is it asked in full ("and why?" after
 * "when did he resign?" is "why did he resign?"; "what about the treasurer?" is "when did the treasurer resign?").
 * `unread` when the message is one but the last question is not a shape whose subject and verb can be told apart
 * ("who resigned?"), or there was none: a bare "and when?" then asks nothing the bot can answer, and says so; an
 * unread "what about X?" keeps X as `subject`.
 * Undefined when the message is no such follow-up.
 */
export type EllipticReading =
  | { question: string; about?: NewSubject; of?: { subject: string; verb: string } }
  | { unread: 'bare' | 'what-about'; last: string | undefined; subject?: string };

/** A "what about X?" read as the last question with X for its subject: X, the question's verb, and the last question. */
export interface NewSubject {
  subject: string;
  verb: string;
  last: string;
  /** The last question's subject was a pronoun never read ("what did they say?" left unresolved): no act to check. */
  unread?: true;
}

export function ellipticQuestion(message: string, last: string | undefined): EllipticReading | undefined {
  const plain = plainQuestion(message.trim());
  const wh = BARE_WH.exec(plain)?.[1];
  const about = wh ? undefined : WHAT_ABOUT.exec(message.trim().replace(/[\s?!.…]+$/, ''))?.[1];
  if (!wh && !about) return undefined;
  // A new question word keeps the rest as asked ("when was the vote postponed?" → "why was the vote postponed?"): only
  // a new subject needs to know where the old one ends.
  const found = last ? LAST.exec(last.trim().replace(/[\s?!.…]+$/, '')) : null;
  if (wh && found) {
    // Only a wh-word standing for an adjunct can be swapped: after "what did she say?" the "what" was say's object,
    // and "why did she say?" asks nothing (review s42 B-r42-2). "how many"/"how much" stand for an argument too.
    if (!ADJUNCT_WH.test(wh) || !ADJUNCT_WH.test(found[1]!)) return { unread: 'bare', last: last || undefined };
    // A named subject and its verb go with it: the answer is then held to sentences with them doing it (doer-answer.ts).
    const named = lastQuestionParts(found);
    const verb = named && /^\p{Lu}/u.test(named.subject) ? named.rest.split(/\s+/)[0] : undefined;
    const of = named && verb ? { of: { subject: named.subject, verb: verbBase(verb) ?? verb.toLowerCase() } } : {};
    return { question: `${wh} ${found[2]!.toLowerCase()} ${found[3]}?`, ...of };
  }
  const parts = found ? lastQuestionParts(found) : undefined;
  if (!parts || !about) return { unread: wh ? 'bare' : 'what-about', last: last || undefined, subject: about };
  // Whether X can do the act is the article's to say (does-the-act.ts): the verb goes with the reading.
  const verb = parts.rest.split(/\s+/).find((word) => isVerb(word.toLowerCase())) ?? parts.rest.split(/\s+/)[0]!;
  return {
    question: `${[parts.wh, parts.aux, about, parts.rest].join(' ')}?`,
    about: {
      subject: about,
      verb: verb.toLowerCase(),
      last: last!.trim(),
      ...(PRONOUN.test(parts.subject) ? { unread: true } : {}),
    },
  };
}

/** The question word of a bare "and why?" when it stands for no argument of the verb (when, why, where, how …). */
export function bareAdjunctWh(message: string): string | undefined {
  const wh = BARE_WH.exec(plainQuestion(message.trim()))?.[1];
  return wh && ADJUNCT_WH.test(wh) ? wh : undefined;
}

/**
 * A verb's base from its past or third-person form, for a word the question puts in a verb's place ("who signed …"):
 * "signed" → "sign", "approved" → "approve", "chairs" → "chair", "said" → "say". WordNet's verb list chooses
 * between "approv(e)" and "sign"; a noun-like verb it lacks ("chairs") keeps the plain stem.
 */
export function verbBase(word: string): string | undefined {
  const lower = word.toLowerCase();
  const irregular = irregularVerbLemma(lower);
  if (irregular) return irregular;
  if (/ie[sd]$/.test(lower)) return lower.replace(/ie[sd]$/, 'y');
  if (/.ed$/.test(lower)) {
    const stems = [lower.slice(0, -1), lower.slice(0, -2), lower.slice(0, -3)];
    return stems.find((stem) => VERBS.has(stem) || NOUN_VERBS.has(stem)) ?? lower.slice(0, -2);
  }
  if (/(?:ss|sh|ch|x|z)es$/.test(lower)) return lower.slice(0, -2);
  if (/[^su]s$/.test(lower)) return lower.slice(0, -1);
  return undefined;
}

/**
 * Whether a word after a form of "be" makes a passive ("was arrested", "were chosen", "was hurt"): an -ed form,
 * WordNet's irregular participle or a word it reads mostly as a verb; never an -ing form ("was chairing" is active).
 */
export function isParticiple(word: string): boolean {
  const lower = word.toLowerCase();
  if (/ing$/.test(lower)) return false;
  return /.ed$/.test(lower) || irregularVerbLemma(lower) !== undefined || VERBS.has(lower);
}

/** Whether the message is a bare "and when?": one the thread answers only when it holds a question to lean on. */
export function isBareElliptic(message: string): boolean {
  return BARE_WH.test(plainQuestion(message.trim()));
}

/** The last question's wh-word, auxiliary, subject and the rest; undefined when its subject's end cannot be read. */
function lastQuestionParts(
  found: RegExpExecArray,
): { wh: string; aux: string; subject: string; rest: string } | undefined {
  const words = found[3]!.split(/\s+/);
  const end = subjectEnd(words);
  if (end === undefined || end >= words.length) return undefined;
  return {
    wh: found[1]!.toLowerCase(),
    aux: found[2]!.toLowerCase(),
    subject: words.slice(0, end).join(' '),
    rest: words.slice(end).join(' '),
  };
}

/**
 * Where the subject after the auxiliary ends: a pronoun; a run of capitalised words (a name); or a determiner and the
 * words up to the first that is a verb (a word that is also a noun, followed by another verb, is the subject's head:
 * "the health trust cut"). Undefined when none of these reads.
 */
function subjectEnd(words: readonly string[]): number | undefined {
  const first = words[0] ?? '';
  if (PRONOUN.test(first)) return 1;
  if (isDeterminer(first)) return headEnd(words, 2);
  let i = 0;
  while (i < words.length && /^\p{Lu}/u.test(words[i]!)) i++;
  // A name's possessive is a determiner ("Reed's deputy"): the subject runs on to its head (review s42 B-r42-8).
  if (i > 0 && /['’]s?$/.test(words[i - 1]!)) return headEnd(words, i + 1);
  return i > 0 ? i : undefined;
}

/** After a determiner: the first verb from `from` on ends the subject, unless it is a noun another verb follows. */
function headEnd(words: readonly string[], from: number): number | undefined {
  for (let i = from; i < words.length; i++) {
    const word = words[i]!.toLowerCase();
    if (!isVerb(word)) continue;
    const next = words[i + 1]?.toLowerCase();
    if (NOUN_VERBS.has(word) && next !== undefined && isVerb(next)) continue;
    return i;
  }
  return undefined;
}

/**
 * A verb's base, or the participle a passive or progressive auxiliary takes ("was postponed", "is closing"); the list
 * holds bases only. No "-s" form follows an auxiliary, and reading one would take a plural noun ("plans") for a verb.
 */
function isVerb(word: string): boolean {
  if (VERBS.has(word)) return true;
  const stem = /^(.{2,}?)(?:ed|d|ing)$/.exec(word)?.[1];
  return stem !== undefined && (VERBS.has(stem) || VERBS.has(`${stem}e`));
}
