import { VERB_BASES } from './verb-base-set';

/** Words WordNet reads as verbs more often than as nouns (src/train/build-verb-bases.ts). */
const VERBS: ReadonlySet<string> = VERB_BASES;

/**
 * A capitalised word in -ing or -ed opening the sentence (after any quotation mark), and the word after it. Three
 * letters before the ending at least, so "Ted" or "Reed" opens nothing.
 */
const OPENING = /^[\s"'“”‘’]*(\p{Lu}\p{Ll}{2,}?)(ing|ed)\s+(\S+)/u;
/**
 * What follows a participle and never a name that is a sentence's subject: a preposition, a particle, a determiner
 * or an object pronoun ("Filling in for", "Speaking to", "Addressing the crowd", "Asked about", "Pressed by").
 * "Manning said", "Golding, the chairman," and "Browning and Hale" stay names.
 */
const AFTER_PARTICIPLE =
  /^(?:in|on|at|for|to|with|from|by|about|into|onto|over|after|before|through|during|against|alongside|beside|behind|outside|inside|off|up|down|out|back|toward|towards|across|around|near|under|the|a|an|his|her|their|its|this|that|these|those|our|my|him|them|it|us|me)$/;

/** The verb bases a participle's stem may come from: "fill" (filling), "cite" (citing), "stop" (stopping). */
function stems(stem: string): string[] {
  const lower = stem.toLowerCase();
  const bases = [lower, `${lower}e`];
  if (/([b-df-hj-np-tv-z])\1$/.test(lower)) bases.push(lower.slice(0, -1));
  return bases;
}

/**
 * Whether `text` (a sentence) opens with a participle's phrase: "Filling in for Sanders at the event, West landed a dig
 * at "…"", "Visiting Chicago, the mayor said", "Asked about Hale, Corbin said". The phrase's understood subject is the
 * main clause's; a name inside it is someone the phrase is about. A name in -ing ("Manning said", "Channing Tatum,
 * the actor,") is no participle: the word after it is a finite verb or a name, and a capitalised word after the
 * opener counts only when the opener's stem is a verb (WordNet, verb-bases.json).
 */
export function participleOpener(text: string): boolean {
  const m = OPENING.exec(text.slice(0, 60));
  // "According to Reuters, …" names the source: a preposition, never a participle's phrase.
  if (m === null || /^accord/i.test(m[1]!)) return false;
  const next = m[3]!.replace(/[,;:.]+$/, '');
  if (next !== m[3]) return false;
  if (AFTER_PARTICIPLE.test(next)) return true;
  return /^\p{Lu}\p{Ll}/u.test(next) && stems(m[1]!).some((base) => VERBS.has(base));
}
