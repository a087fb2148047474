import { SentenceReads } from './sentence-reads';

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
/**
 * The noun with a complement of its own, a preposition phrase straight after it ("allegations of bullying",
 * "allegations against him", "rumours about a takeover", "claims by two players", "speculation over his future"):
 * it carries the claim, read at the match (review s38 B-r38-2).
 */
const OWN_OF = new RegExp(
  String.raw`${NOUN}\s+(?:of|against|about|over|by|regarding|concerning|surrounding|linking|involving)\b`,
  'iy',
);
/**
 * A sentence opening on a time subordinator (after any quote mark or bracket): its clause runs to the first comma.
 * Not "until": what waits on its clause is the claim itself ("Until the allegations are tested in court, …").
 */
const FRONTED_TIME = /^[\s"'“‘(]*(?:as|after|when|whenever|once|following|before|in the wake of)\b/i;
/** "As evidence of …", "As part of …", "As a result of …": an "as" before a noun and "of" is a preposition. */
const AS_PREPOSITION = /^[\s"'“‘(]*as\s+(?:(?:a|an|the)\s+)?[a-z]+\s+of\b/i;
const THAT = /\bthat\b/gi;

interface FrontedClause {
  /** The comma closing the fronted time clause. */
  readonly end: number;
  /** The last "that" inside it (-1 for none): a noun before it has a that-clause ("rumours spread that …"). */
  readonly lastThat: number;
}

/** The fronted time clause of a sentence, with a main clause after its comma, or null. */
function frontedClause(text: string): FrontedClause | null {
  const open = FRONTED_TIME.exec(text);
  if (!open || AS_PREPOSITION.test(text)) return null;
  const end = text.indexOf(',', open[0].length);
  if (end < 0 || end >= text.length - 2) return null;
  let lastThat = -1;
  THAT.lastIndex = open[0].length;
  for (let m = THAT.exec(text); m && m.index < end; m = THAT.exec(text)) lastThat = m.index;
  return { end, lastThat };
}

/**
 * Does this hearsay match only set the scene of the sentence's own clause (a fronted time clause)? Only a bare
 * noun does: one with a that-clause or a preposition phrase of its own ("Following allegations that he assaulted a
 * colleague, …", "As rumours spread that the club would be sold, …", "After allegations against him surfaced, …")
 * holds the very claim to check (kind52, review s37 B-kind51-3). The gate is asked once per hearsay match and a
 * sentence may hold thousands: the clause is read once per sentence (`reads`, linear time).
 */
export function sceneHearsay(text: string, index: number, match: string, reads = new SentenceReads(text)): boolean {
  if (!HEARSAY_NOUN.test(match)) return false;
  const clause = reads.once(frontedClause);
  if (!clause || index >= clause.end || clause.lastThat > index) return false;
  OWN_OF.lastIndex = index;
  return !OWN_OF.test(text);
}
