/**
 * Where a hearsay noun ("rumours", "claims of", "allegations", "accusations", "speculation") stands in its
 * sentence (issue 13, session 37, kind51). Read from the sentence's punctuation and closed lists of subordinators
 * only, in linear time.
 *
 * - A time clause set before the main one ("As the rumours broke on Tuesday, the senator sought to play the news
 *   down", "After briefing them on the accusations they faced, he recommended another firm") only sets the
 *   scene: what the passage tells is the main clause's act, on record, so the noun is no claim of
 *   its to check (samples 32's #41 and #48). The sentence's other cues still count. Not "amid": "…worked to
 *   defeat any rules changes amid Trump's accusations that the process is unfair" answers the accusation.
 * - A concessive ("Despite rumours of his retirement, Federer entered the tournament") is left alone: it sets a
 *   claim beside the main clause's fact, which contradicts it only sometimes, so it is no second side (kind52,
 *   review s37 B-kind51-2: a "disputed" relabel there was wrong on 7 of 9 written sentences).
 */

const NOUN = String.raw`(?:rumou?rs?|speculation|claims?|allegations?|accusations?|suggestions?)\b`;
const HEARSAY_NOUN = new RegExp(`^${NOUN}`, 'i');
/** A sentence opening on a time subordinator (after any quote mark or bracket): its clause runs to the first comma. */
const FRONTED_TIME = /^[\s"'“‘(]*(?:as|after|when|whenever|once|following|before|until|in the wake of)\b/i;

/** Is the span [index, …) inside a fronted clause the opener matches, with a main clause after its comma? */
function inFronted(text: string, index: number, opener: RegExp): boolean {
  const open = opener.exec(text);
  if (!open) return false;
  const comma = text.indexOf(',', open[0].length);
  return comma > index && comma < text.length - 2;
}

/** Does this hearsay match only set the scene of the sentence's own clause (a fronted time clause)? */
export function sceneHearsay(text: string, index: number, match: string): boolean {
  if (!HEARSAY_NOUN.test(match)) return false;
  return inFronted(text, index, FRONTED_TIME);
}

