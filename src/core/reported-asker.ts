/**
 * "Ms. Reid asked the chief constable whether officers had been disciplined." ¶ "“Three officers have been
 * suspended.”": the quotation paragraph after a reported question put to one person answers it, so it is that
 * person's or nobody's, never the asker's (review B-main-64). Counted on PolNeAR train before the rule was written:
 * of the stand-alone quotation paragraphs after "X asked Y if/whether/how …", the label names the one asked or no
 * one in all but two; both had a group asked ("asked the students if …", the asker going on to speak) or the asker's
 * own pledge read out, which the singular-listener and no-tag conditions below leave alone.
 */

import { maskAbbreviationDots } from './abbreviation-dots';

/**
 * Right after the asker's name: an optional appositive between commas, adverbs, then "asked" and the one asked
 * (at most 60 characters, no punctuation, no quotation), then the question word. Bounded, so linear.
 */
const ASKED_AFTER =
  /^(?:,[^,;:"“”]{1,80},)?\s+(?:(?:then|later|also|again|once|first|repeatedly|pointedly|specifically|directly|bluntly|simply)\s+)*asked\s+([^.,;:!?"“”]{1,60}?)\s+(?:whether|if|why|how|what|when|where|which|who)\b/;
/**
 * One person asked: the phrase's last word is no plural common noun ("asked the students if") and no group word
 * ("asked them", "asked the crowd"). Capitalised words end a name ("asked Mr. Sanders if").
 */
const GROUP_HEAD = /(?:^|\s)(?:them|us|you|everyone|everybody|people|crowd|audience|panel|room|[a-z]+[^su\s]s)$/;
/** The words asked end before a preposition that sets the scene ("asked Mr. Hale during a chat if"). */
const SCENE = /\s(?:during|at|in|on|after|before|over|via|by|for)\s.*$/;

/**
 * Is the person named at `mention` (absolute offsets), in `sentence`, the subject who asked one person a reported
 * question that the sentence closes with? Reads at most 160 characters after the name.
 */
export function reportedAsker(
  sentence: { text: string; start: number },
  mention: { end: number; possessive: boolean; object: boolean },
): boolean {
  if (mention.possessive || mention.object) return false;
  const end = mention.end - sentence.start;
  // The one asked may hold a title's or an initial's full stop in NYT and wire style ("asked Dr. Shah whether",
  // "asked Gen. Tom Lutz if"): read them masked, as the tag patterns do (review B-sp48-1).
  const asked = ASKED_AFTER.exec(maskAbbreviationDots(sentence.text.slice(end, end + 160)));
  if (!asked) return false;
  const listener = asked[1]!.replace(SCENE, '');
  return !GROUP_HEAD.test(listener);
}

/** Routes where the rules read a named tag: "“…,” Ms. Reid said" keeps Ms. Reid whatever she asked before. */
const TAG_ROUTES = new Set(['tag-before', 'tag-after', 'colon']);

/**
 * Is the person named at `mention` the asker of the reported question that closes the paragraph before the one
 * the quotation opens (so the quotation answers them)? Not when a named tag of the quotation's own gives it to them.
 */
export function answeredAsker(
  sentences: Array<{ text: string; start: number; paragraph: number }>,
  quote: {
    startSentence: number;
    start: number;
    route: string;
    pronounTag: string | null;
    rule: { person?: unknown } | null;
  },
  mention: { person: unknown; sentenceId: number; end: number; possessive: boolean; object: boolean },
): boolean {
  if (mention.sentenceId !== quote.startSentence - 1) return false;
  const first = sentences[quote.startSentence]!;
  const previous = sentences[mention.sentenceId]!;
  if (previous.paragraph === first.paragraph) return false;
  if (first.text.slice(0, Math.max(0, quote.start - first.start - 1)).trim() !== '') return false;
  if (quote.rule?.person === mention.person && TAG_ROUTES.has(quote.route) && !quote.pronounTag) return false;
  return reportedAsker(previous, mention);
}
