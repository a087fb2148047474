import { benchRuling } from './bench-ruling';
import { calledOff } from './called-off';
import { decisionOverSource } from './decision-over-source';
import { type Cue, cueFamily } from './question-cues';
import { reportedLater } from './reported-later';

/** A sentence that asks, and a next sentence that opens with a reply to it. */
export const ASKED = /\?\s*["”’']?\s*$/;
const ANSWER =
  /^\W*(?:yes|no|nope|absolutely|never|of course|sure|certainly|well, (?:yes|no)|the answer\b[^.]{0,80}\bis (?:yes|no))\b/i;
/** Cue families that ask what an inquiry will find. */
const INQUIRY_SHAPES = new Set(['investigation', 'inquiry-noun']);
const PLAN_SHAPES = new Set(['plan', 'schedule', 'future']);
/**
 * An inquiry's findings reported ("found that …", "found no wrongdoing", "concluded on Friday that …"):
 * what "What will it find?" would ask is already in the copy. A finding names what was or was not found;
 * "talks concluded in May" or "firefighters found no one inside" report no finding of the inquiry.
 */
const FINDINGS =
  /\b(?:concluded (?:[\w-]+ ){0,3}that|found (?:that|no (?:evidence|wrongdoing|sign|signs|proof|basis|fault|link|links|indication|connection|criminal|illegal|improper))|determined that|cleared (?:him|her|them|it|the)|recommended (?:no|against)|(?:closed|ended|wrapped up) (?:the|its|his|her|their) (?:investigation|inquiry|probe|case))\b/i;

/**
 * A group a reporter could name ("local officials said", "aides say"), unlike sources who are unnamed
 * by design ("sources", "people familiar", "insiders"): when the next sentence quotes one of them by
 * name, "Which officials say …, and can they be named?" is answered in the copy (sample 11's #17).
 */
const NAMEABLE_GROUP =
  /\b(?:officials?|analysts|critics|experts|observers|commentators|advisers|aides|advocates|activists|supporters|opponents|allies)\s+(?:said|say|says|told|believe|warned|argued)\b/i;
const FULL_NAME = /^\p{Lu}[\p{L}\w'’.-]+(?:\s+\p{Lu}[\p{L}\w'’.-]+)+$/u;

/** What the copy around a sentence says about its cues. */
export interface CueSurroundings {
  text: string;
  /** The next sentence's text ('' at the end). */
  next: string;
  /** A speaker's quote in the sentence holds a charge word (CHARGE_WORDS). */
  chargeQuote: boolean;
  /** The engine credits the sentence's words to someone. */
  hasSpeaker: boolean;
  /** Whom the engine credits the next sentence's words to ('' when nobody). */
  nextSpeaker: string;
  /** The sentences after this one (the next twenty), read only for a pending cue (reported-later.ts). */
  later?: () => readonly string[];
}

/**
 * The cues a sentence keeps, strongest first, from those findCues found in it: a quoted charge word
 * counts as one, and a lead the copy answers at once counts for nothing. A sentence with no cue (most)
 * reads none of the copy around it.
 */
export function keptCues(found: readonly Cue[], around: CueSurroundings): Cue[] {
  const cues = [...found];
  // A judge's words to the defendant: the ruling, no side of a dispute (benchRuling).
  if (benchRuling(around.text)) cues.splice(0, cues.length, ...cues.filter((c) => c.shape !== 'attack-quote'));
  else if (around.chargeQuote && !cues.some((c) => c.shape === 'attack-quote')) {
    const f = cueFamily('attack-quote');
    cues.push({ kind: f.kind, shape: f.shape, strength: f.strength, family: f });
  }
  if (cues.length === 0) return cues;
  cues.sort((a, b) => b.strength - a.strength);
  const { text, next, nextSpeaker } = around;
  // Already answered in the copy: "What will the probe find?" when this or the next sentence gives its
  // findings; a question the copy asks ("Did that mean he would vote for Trump?") when the next sentence
  // opens with its answer ("No, no, no," he said).
  if (ASKED.test(text) && ANSWER.test(next)) return [];
  const without = (shapes: (shape: string) => boolean): void => {
    cues.splice(0, cues.length, ...cues.filter((c) => !shapes(c.shape)));
  };
  if (cues.some((c) => INQUIRY_SHAPES.has(c.shape)) && FINDINGS.test(`${text} ${next}`))
    without((shape) => INQUIRY_SHAPES.has(shape));
  // A plan the next sentence calls off ("Hours later, Intel said the event was canceled") is settled.
  if (cues.some((c) => PLAN_SHAPES.has(c.shape)) && calledOff(text, next)) without((shape) => PLAN_SHAPES.has(shape));
  // A pending act a later sentence reports done ("is due to appear before … court" then "appeared before …") is settled.
  const { later } = around;
  if (later && cues.some((c) => c.kind === 'pending')) {
    const settled = cues.filter((c) => c.kind === 'pending' && settledLater(c, text, later()));
    if (settled.length > 0) cues.splice(0, cues.length, ...cues.filter((c) => !settled.includes(c)));
  }
  // The one named must be introduced there in full, as one of the group ("…," said James Acton, a
  // physicist), not a person the sentence is about or someone already met speaking of something else.
  if (
    cues.some((c) => c.shape === 'vague-source') &&
    !around.hasSpeaker &&
    NAMEABLE_GROUP.test(text) &&
    FULL_NAME.test(nextSpeaker) &&
    next.includes(nextSpeaker) &&
    !text.includes(nextSpeaker.split(/\s+/).at(-1)!)
  )
    without((shape) => shape === 'vague-source');
  return decisionOverSource(cues, text);
}

function settledLater(cue: Cue, text: string, later: readonly string[]): boolean {
  // The finder read where the cue's pattern first matches; a cue built elsewhere is scanned for.
  const at = cue.at ?? cue.family.pattern.exec(text.replace(/’/g, "'"))?.index;
  return at !== undefined && reportedLater(text, at, later);
}
