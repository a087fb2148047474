import { agentNoun } from './agent-noun';
import { PREPOSITION_BEFORE } from './name-just-before';
import { isRoleHead } from './role-heads';
import { KIN } from './surname-as-person';
import { titledObject } from './titled-object';

/**
 * "A close friend of Mr. Kovac", "a spokesman for Ms. Hale", "the widow of Andrew Banks": a relation or role noun
 * then "of"/"for"/"to" and the name (with its titles, as titled-object.ts reads them). The noun's last letters are
 * read from the end of at most 80 characters before the name.
 */
const RELATION_THEN_PREPOSITION = /\b([a-z][a-z-]*)\s+(?:of|for|to)\s+(?:the\s+)?(?:\S+\s+){0,3}$/;
const PREPOSITION_ONLY = /\b(?:of|for|to)\s+(?:the\s+)?$/i;
/** A kinship or partner noun, singular (a closed class of English words): "widow", "son-in-law", "girlfriend". */
export const RELATIVE = `(?:${KIN}|girlfriend|boyfriend|spouse|parent)`;
/**
 * A kinship noun's "of" takes any rank before the name ("The widow of PC Andrew Banks", "the son of Det Insp Ray
 * Moss"): a relative of someone is never that someone, whatever the title (a closed class of English words).
 */
const KIN_OF = new RegExp(String.raw`\b${RELATIVE}s?\s+of\s+(?:the\s+)?(?:late\s+)?(?:[A-Z][\w.]*\s+){0,2}$`);

/** A speech verb right after the phrase, past one appositive between commas: "…of Mr. Kovac, who …, said". */
const SPEECH_NEXT =
  /^(?:,[^,;:"“”]{1,100},)?\s+(?:[a-z]+ly\s+)?(?:said|says|told|tells|added|adds|warned|warns|wrote|writes|recalled|recalls|insisted|insists|explained|explains|claimed|claims|argued|argues|stated|states)\b/;

/** The tag's subject and a comma before the phrase: '"…," said the chairman, a friend of …'. */
const APPOSITIVE_OF_TAG =
  /^[,.!?]?\s*["”’']?\s*(?:,\s*)?(?:said|says|added|adds|told|tells|warned|warns)\s+(?:the|a|an)\s[^,;:"“”]{1,60},\s+(?:the|a|an)\s[^,;:"“”]{1,60}$/i;

/** Is the relation's noun before `before`'s preposition a relation or role noun ("friend", "aide", "widow")? */
function relationNoun(before: string): boolean {
  const noun = RELATION_THEN_PREPOSITION.exec(before)?.[1];
  if (noun === undefined) return false;
  const single = noun.length > 3 && noun.endsWith('s') && !noun.endsWith('ss') ? noun.slice(0, -1) : noun;
  return isRoleHead(single) || agentNoun(single);
}

/**
 * A relation or role noun and its preposition right before the name ("a close friend of Mr. Kovac", "the widow of"):
 * the half of `relationObject` that does not depend on the quotation, so a sentence of many quotations reads it once
 * per name (speaker-evidence.ts keeps it with the name's other facts) instead of once per quotation and name.
 */
export function relationPhraseBefore(at: { text: string; start: number }, mention: { start: number }): boolean {
  const from = mention.start - at.start;
  const before = at.text.slice(Math.max(0, from - 80), from);
  const titled = PREPOSITION_ONLY.test(before) ? PREPOSITION_BEFORE.test(before) : titledObject(before);
  return (titled && relationNoun(before)) || KIN_OF.test(before);
}

/**
 * Is the person named at `mention` only whom the speaking phrase is related to — "A close friend of Mr. Kovac said
 * the minister had been "…"", '"…," said the chairman, a friend of Tom Hart' — so that the relation's noun, not the
 * name, says the quotation (review B-main-58, B-main-63)? Read in the quotation's own sentence `at`: the phrase is
 * the subject of a speech verb right after the name, or the appositive of a tag after the quotation.
 */
export function relationObject(
  at: { text: string; start: number },
  mention: { start: number; end: number },
  quote: { start: number; end: number },
  phrase = relationPhraseBefore(at, mention),
): boolean {
  if (!phrase) return false;
  const from = mention.start - at.start;
  const end = mention.end - at.start;
  if (mention.end <= quote.start) return SPEECH_NEXT.test(at.text.slice(end, end + 130));
  if (mention.start < quote.end) return false;
  const tag = at.text.slice(Math.max(quote.end - at.start, from - 160), from);
  return APPOSITIVE_OF_TAG.test(tag.slice(tag.search(/\S|$/)));
}
