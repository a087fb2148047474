import { dated } from './dated';
import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';
import { pastParticiple } from './past-participle';

/**
 * Gates that read a pending cue's tense as past (issue 13, session 41, kind56; sample 37's narration as pending): a
 * schedule that only dates a past event, a plan in the pluperfect, a modal's perfect. Each reads a bounded stretch
 * beside the match, so a long sentence is read in linear time.
 */

const { before, after } = gateWindow;

/**
 * Pending needs an event the story waits on, not a past schedule that only dates the main clause: "The Palestinians
 * resisted talks until three weeks before the freeze was to expire", "Hours before Mr. Obama was to speak, word
 * emerged …", "… than Obama was to be president". The past "was/were to" stands in an adverbial clause a
 * subordinator of time or comparison opens, its subject at most six words with no clause break between; the main
 * clause tells what happened by then. A clause that gives its own date to come ("before the board was to meet next
 * month") keeps the cue, and so does a reported "said the firm was to buy …" (no subordinator).
 */
const TIMING_CLAUSE: KindGate = {
  name: 'timing-clause',
  lacks: (f, text, index, match, reads) =>
    f.shape === 'schedule' &&
    /^(?:was|were) to$/i.test(match) &&
    oneNounPhrase(TIMING_SUBJECT.exec(before(text, index, 80))?.[1]) &&
    !dated(CLAUSE_REST.exec(after(text, index, match, 80))![0]) &&
    !reads.once(forward),
};
/**
 * A main clause that itself looks forward ("Hours before Mr. Obama was to speak, word emerged that he would build his
 * library …", which the editors flag as pending) holds an event to come that no cue family reads without a date, so
 * the sentence keeps the cue.
 */
const FORWARD = /\b(?:will|would|shall|won['’]t|wouldn['’]t)\b/i;
/** Read once a sentence (SentenceReads), however many matches ask. */
const forward = (text: string): boolean => FORWARD.test(text);
/** A subordinator of time or comparison, then the clause's subject (captured): one to six words, no clause break. */
const TIMING_SUBJECT =
  /\b(?:before|until|till|after|when|than|once|by the time)\s+((?:(?!(?:that|who|which|said|says|before|until|till|after|when|than|once)\b)[\w'’.-]+\s+){1,6})$/i;
/**
 * The words are one noun phrase: no capitalised word or determiner after a lower-case one past its determiner or
 * title word, so "after the debate Sanders was to fly", "After the meeting the mayor was to fly" (a preposition's
 * object, then the main clause's own subject) are not read as a clause, while "before the freeze", "before Mr.
 * Obama", "before House Bill 1523", "before former President Obama" are.
 */
function oneNounPhrase(words: string | undefined): boolean {
  if (words === undefined) return false;
  let lower = false;
  for (const w of words.trim().split(/\s+/)) {
    if (lower && (/^[A-Z]/.test(w) || OPENER.test(w))) return false;
    if (/^[a-z]/.test(w) && !OPENER.test(w)) lower = true;
  }
  return true;
}
const OPENER = /^(?:the|a|an|his|her|their|its|our|my|your|this|that|former|then|late)$/;
/** The adverbial clause after the match, to its first break. */
const CLAUSE_REST = /^[^,;:—–()]*/;

/**
 * Pending needs a plan still open, not one told in the pluperfect: "Trump had planned to give remarks Monday …, but
 * by late Sunday the speech had been reframed", "Still, Kasich had planned to continue his bid" put the plan before a
 * past moment the story has passed, and "if his late son had planned to enlist" is a counterfactual. Reported speech
 * shifts a present plan back ("She said she had planned to …"), so a saying verb before it in the sentence keeps the
 * cue unless an "if" opens the plan's own clause. A plan with its own date ("had planned to give remarks Monday, but
 * … the speech had been reframed": the reframed speech is still Monday's, and the editors flag it as pending) keeps
 * it, as a talked-about plan with a date does. Only plans and intentions: a pledge or a vow in the pluperfect ("had
 * pledged to back the party nominee, but sounded equivocal this week") is a commitment still to be kept. The simple
 * past "planned to" is left alone (the editors flag such plans more often than present ones: past-plan, measured and
 * not shipped).
 */
const PLUPERFECT_PLAN: KindGate = {
  name: 'pluperfect-plan',
  lacks: (f, text, index, match) => {
    const verb = planVerb(f.shape, text, index, match);
    if (verb === null) return false;
    const left = before(text, verb.at, 200);
    if (!(verb.progressive ? HAD_BEEN : HAD).test(left) || dated(CLAUSE_REST.exec(after(text, index, match, 120))![0]))
      return false;
    const saying = [...left.matchAll(SAYING)].pop();
    return saying === undefined || /\bif\b/i.test(left.slice(saying.index));
  },
};
/**
 * Where the plan's verb stands: the plan cue's own "planned/intended to" or "planning/intending to" (progressive), or
 * the "planning/intending" right before a schedule cue's "to unveil" (the schedule family reads "planning to
 * unveil" as a schedule too, so "had been planning to unveil" holds both cues).
 */
function planVerb(
  shape: string,
  text: string,
  index: number,
  match: string,
): { at: number; progressive: boolean } | null {
  if (shape === 'plan') {
    const m = /^(?:plann|intend)(ed|ing) to$/i.exec(match);
    return m === null ? null : { at: index, progressive: m[1]!.toLowerCase() === 'ing' };
  }
  if (shape !== 'schedule' || !/^to\s/i.test(match)) return null;
  const m = /\b(?:planning|intending)\s+$/i.exec(before(text, index, 20));
  return m === null ? null : { at: index - m[0].length, progressive: true };
}
/**
 * "had" or its "'d" ("She'd planned to": "'d" before a participle is "had", before a base "would"), with at most one
 * adverb ("had originally", "had long", "had once") before the participle; the progressive "had been planning to"
 * (review 42, B-r42-13) tells the same plan before a past moment.
 */
const HAD_ADVERB = String.raw`(?:(?:\w+ly|once|long|already|earlier|first|still|even|just)\s+)?`;
const HAD = new RegExp(String.raw`(?:\bhad|\w['’]d)\s+${HAD_ADVERB}$`, 'i');
const HAD_BEEN = new RegExp(String.raw`(?:\bhad|\w['’]d)\s+${HAD_ADVERB}been\s+${HAD_ADVERB}$`, 'i');
const SAYING =
  /\b(?:said|says|say|told|tells|thought|believed|knew|announced|insisted|warned|claimed|added|wrote|declared|suggested|explained|confirmed)\b/gi;

/**
 * Pending needs an event to come, not a modal's perfect: "Trump's remarks may have contributed to HP's decision not to
 * fund the convention this year" hedges a cause of something already decided; "might have been", "could have gone",
 * "must have known", "should have acted", "would have won" all look back. A modal and "have" then a past participle
 * ("been", a regular "-ed", or an irregular participle) is the perfect; "may have a chance", "could have until
 * Friday", "will have to win" (possession, an obligation) are not, and "will have closed by March", the future
 * perfect, is not read here (its modal is "will").
 */
const PERFECT_MODAL: KindGate = {
  name: 'perfect-modal',
  lacks: (f, _text, _index, match) => f.shape === 'future' && modalPerfect(match),
};
/**
 * The modal's perfect, read by the verb's form (review 42, B-r42-12): at most two words between the modal and
 * "have" or "'ve" ("may well have", "could not possibly have", "could've"), then the participle, or one word and then
 * the participle ("may have already signed", "would have long sought"). That one word must not open a noun phrase
 * or an infinitive ("could have the signed contract", "may have more limited options", "will have to win").
 */
function modalPerfect(match: string): boolean {
  const m = MODAL_HAVE.exec(match);
  if (m === null) return false;
  const [, first, second] = m;
  return pastParticiple(first!) || (second !== undefined && !PHRASE_OPENER.test(first!) && pastParticiple(second));
}
const MODAL_HAVE =
  /^(?:could|would|may|might)(?:n['’]t)?(?:\s+[a-z]+){0,2}?(?:\s+have|['’]ve)\s+([a-z]+)(?:\s+([a-z]+))?/i;
const PHRASE_OPENER =
  /^(?:the|a|an|no|any|some|more|less|fewer|most|much|many|few|enough|all|both|each|every|this|that|these|those|his|her|its|their|our|my|your|one|two|three|such|other|another|to)$/i;

/** The three, by name, for kind-gates.ts to list and measure. */
export const pastToldGates = { TIMING_CLAUSE, PLUPERFECT_PLAN, PERFECT_MODAL };
