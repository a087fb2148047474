import { DETERMINER_SOURCE } from './determiners';
import { irregularVerbLemma } from './irregular-verb-lemma';
import data from './pending-senses.json' with { type: 'json' };
import { phraseBefore } from './phrase-before';
import { regularVerbBases } from './regular-verb-bases';
import { contentTerms } from './tokenize-words';
import { VERB_BASES } from './verb-base-set';

/**
 * Each sense of a pending noun that has senses of another kind, in WordNet's order (senses SemCor never tags left
 * out): whether it is an event, and the stems of the verbs that govern the noun in its examples ("other pai" of "he
 * paid his bill and left", build-pending-senses.ts).
 */
const SENSES = new Map(
  Object.entries(data as Record<string, string[]>).map(([word, senses]) => [
    word,
    senses.map((sense) => {
      const [kind, ...terms] = sense.split(' ');
      return { event: kind === 'event', terms: new Set(terms) };
    }),
  ]),
);

/**
 * The verb governing the noun phrase, and what stands before it: the word before the phrase's determiner or
 * possessive, with up to two modifiers between ("on paying his hotel", "visited the").
 */
export const GOVERNED = new RegExp(
  `^(.*?)\\b([a-z]+)\\s+(?:${DETERMINER_SOURCE}|\\w+['’]s)\\s+(?:[\\w-]+\\s+){0,2}$`,
  'i',
);
/** A verb still to come ("will hold a hearing", "he'd hold", "to reach a decision"): whatever it takes is ahead. */
const TO_COME = /(?:\b(?:will|would|shall|could|may|might|must|should|can|to)|['’]d)\s+(?:\w+\s+)?$/i;

/** A preposition a gerund may follow and still tell a use done or habitual ("insisted on paying"), not "before". */
const GERUND_AFTER = /\b(?:on|of|for|by|after|in|from|with|without|about|at)\s+$/i;

/**
 * Whether the governing verb tells its act done: a past form (WordNet's irregular "held", "paid"; a regular "-ed" of a
 * verb WordNet lists) or a gerund after a preposition ("on paying"). A present or bare verb may be scheduled ("the
 * committee holds a hearing on Tuesday"), and what it takes still ahead.
 */
export function doneVerb(verb: string, before: string): boolean {
  if (irregularVerbLemma(verb) !== undefined) return true;
  const bases = regularVerbBases(verb).slice(1);
  if (/ed$/.test(verb)) return bases.some((b) => VERB_BASES.has(b));
  return /ing$/.test(verb) && GERUND_AFTER.test(before) && bases.some((b) => VERB_BASES.has(b));
}

/**
 * What the verb governing a noun's phrase (`phrase`, the stretch before the noun) tells of the act: "done" (a past form,
 * "on paying"), "ahead" (after a modal or "to": "will hold a hearing"), "open" (a present or bare verb, which may be
 * scheduled: "holds a hearing on Tuesday"), or null when no verb governs it ("Its last hearing is …", "in its latest").
 */
export function governingTense(phrase: string | RegExpExecArray | null): 'done' | 'ahead' | 'open' | null {
  const governed = typeof phrase === 'string' ? GOVERNED.exec(phrase) : phrase;
  if (!governed) return null;
  if (TO_COME.test(governed[1]!)) return 'ahead';
  const verb = governed[2]!.toLowerCase();
  if (doneVerb(verb, governed[1]!)) return 'done';
  // "in its latest review": a preposition, no verb, tells no time.
  return regularVerbBases(verb).some((b) => VERB_BASES.has(b)) ? 'open' : null;
}

/**
 * Whether one use of a "pending" noun (cueless-pending.ts) reads one of its senses that is no event a story waits on:
 * an invoice ("paying his hotel bill"), a court booked for a game ("reserved the court"). WordNet 3.1 gives each sense
 * examples of its use; the verb governing the noun's phrase selects the sense whose examples' governing verbs share its
 * stem (a simplified Lesk overlap, read on the governing verb alone on both sides: "pay" is the invoice's, "he paid his
 * bill and left", and "left", which takes nothing there, is no one's: review 52's B-r52-2). Senses SemCor never tags
 * (the cap's visor of "pulled down the bill of his cap", the turnout of "expecting a large vote") are left out: too
 * rare to outvote the event a legislature's "pulled the bill" or "expected a vote" names. Read on the whole sentence, the story's topic words picked
 * senses at random ("billion" made a spending bill paper money). The noun reads as no event only when such a sense
 * shares the verb and no event sense does (the commonest sense, an act such as an appeal at law, a happening); with no
 * overlap the commonest sense stands, as the word class assumed. Only a verb telling its act done is read ("held its
 * hearing", "on paying"): one still to come ("will hold a hearing", "holds a hearing on Tuesday") takes an event ahead
 * whichever sense WordNet files it under (a committee's hearing is a session, filed with communication).
 */
export function otherSense(text: string, word: string, at: number): boolean {
  const lower = word.toLowerCase();
  const senses = SENSES.get(lower) ?? SENSES.get(lower.replace(/s$/, ''));
  if (senses === undefined) return false;
  const governed = GOVERNED.exec(phraseBefore(text, at));
  if (!governed || governingTense(governed) !== 'done') return false;
  const terms = new Set(contentTerms(governed[2]!));
  const shares = (sense: { terms: ReadonlySet<string> }): boolean => [...terms].some((t) => sense.terms.has(t));
  return senses.some((s) => !s.event && shares(s)) && !senses.some((s) => s.event && shares(s));
}
