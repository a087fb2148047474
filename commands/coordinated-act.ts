import { sayingVerb } from './saying-verb';

/**
 * Words an object before a coordinated verb never holds: a relative or conjunction, an auxiliary or negation (a clause
 * of its own has begun: "hopes the board will meet and sign"), an infinitive's "to" ("wants to sell the boat and buy a
 * van" buys nothing yet).
 */
const CLAUSE_WORD =
  /^(?:that|who|whom|whose|which|and|or|but|if|when|because|not|never|is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must|to)$/i;
/** Auxiliaries that may stand between "and" and the coordinated verb: "… and have repaired the gate". */
const AUXILIARY = /^(?:has|have|had|is|are|was|were|be|been|will|would|can|could|may|might|must|should|also|then)$/i;
/** At most this many words of the first verb's object: "run the boatyard from a shed", a phrase, never a clause. */
const OBJECT_REACH = 5;

/**
 * The index of the act in a verb phrase coordinated with the subject's first one, or -1: "Rhea Tolland and Finn Arkle
 * run the boatyard and have repaired the gate" has them repairing the gate, as "and" shares the subject with its second
 * verb phrase (thread47's leftover: "the boatyard and have" was read as the doer). `verb` is the first verb's index;
 * the words after it up to "and" are its object, a few words none of which is an auxiliary, relative, verb of saying
 * or a past form in -ed ("said Reed resigned and left" is Reed's leaving, not the speaker's); after "and", auxiliaries
 * only before the act.
 */
export function coordinatedActAt(words: readonly string[], verb: number, act: (word: string) => boolean): number {
  const first = words[verb]?.toLowerCase() ?? '';
  if (!/^\p{Ll}+$/u.test(words[verb] ?? '') || CLAUSE_WORD.test(first) || sayingVerb(first)) return -1;
  let k = verb + 1;
  for (; k < words.length && k <= verb + OBJECT_REACH; k++) {
    const word = words[k]!.toLowerCase();
    if (word === 'and') break;
    if (CLAUSE_WORD.test(word) || sayingVerb(word) || /^\p{Ll}{3,}ed$/u.test(words[k]!)) return -1;
  }
  if (words[k]?.toLowerCase() !== 'and' || k === verb + 1) return -1;
  for (k++; k < words.length && AUXILIARY.test(words[k]!); k++);
  return k < words.length && act(words[k]!.toLowerCase()) ? k : -1;
}
