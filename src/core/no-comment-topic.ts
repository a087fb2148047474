import { gateWindow } from './gate-window';
import type { KindGate } from './kind-gates';

const { before, after } = gateWindow;

/**
 * A refusal to comment: "comment" negated ("does not comment", "would not comment", "no comment") or the object of a
 * refusing verb, WordNet's sense of "decline" and "refuse" that is "show unwillingness towards" ("declined to comment",
 * "refused comment"); then the topic's preposition and at most three words of its noun phrase before the match.
 */
const REFUSED_COMMENT =
  /(?:\b(?:not|never|no)\s+|n['’]t\s+|\b(?:declin|refus)(?:e|es|ed|ing)\s+(?:to\s+)?)(?:immediately\s+|publicly\s+)?comment(?:s|ed|ing)?\s+(?:publicly\s+)?(?:on|about|upon|regarding)\s+(?:[\w'’-]+\s+){0,3}$/i;
/** The topic's noun phrase ends at the match: its clause ends, or a coordinator follows. */
const TOPIC_END = /^(?:\s*(?:[.,;:!?)'"’”—–-]|$)|\s+(?:and|or|but)\b)/i;
/** A pending word modifies the topic's head ("pending legislation", "the ongoing court case"): up to two words on. */
const HEAD_AHEAD = new RegExp(String.raw`^(?:\s+(?!(?:and|or|but)\b)[\w'’-]+){0,2}?${TOPIC_END.source.slice(1)}`, 'i');

/**
 * Whether the word matched at `index` stands in the topic of a refused comment, its phrase ending within `more` words
 * after it: "does not comment on pending legislation" names what a party will not talk about, no event or claim.
 */
export function noCommentTopic(text: string, index: number, match: string, more: 0 | 2 = 0): boolean {
  const ends = more === 0 ? TOPIC_END : HEAD_AHEAD;
  return REFUSED_COMMENT.test(before(text, index, 80)) && ends.test(after(text, index, match, 40));
}

/**
 * Unverified needs a claim put forward with a hedge, not a hedge word naming what a party will not talk about:
 * "Brightwater said that it does not comment on market speculation", "the club declined to comment on the rumours"
 * refuse to speak, and a refusal holds no claim to verify (audit 52's B-a52-16). The word heads the topic of a refused
 * comment and its phrase ends there; "declined to comment on speculation that he would resign" keeps its cue, the
 * speculation's claim standing in the sentence.
 */
export const NO_COMMENT_TOPIC: KindGate = {
  name: 'no-comment-topic',
  lacks: (f, text, index, match) =>
    (f.kind === 'unverified' && noCommentTopic(text, index, match)) ||
    (f.kind === 'pending' && noCommentTopic(text, index, match, 2)),
};
