import { HONORIFICS } from './honorifics';
import { ROLE_HEADS } from './role-heads';

/*
 * "The aide to Governor Dunn said", "a spokesman for Sen. Mark Dunn said": the name is the object of the
 * preposition even with its title between them, so it is not the subject of the tag's verb (the aide is).
 */

/**
 * "aide to", "spokesman for", "chief of staff of", then up to three words before the name (its title and
 * modifiers). Not "like" or "by": "candidates like Mr. Carson, who claimed" and "a statement by Sen. Dunn" name
 * the one who speaks.
 */
const PREPOSITION_THEN_TITLE = /\b(?:for|of|to)\s+(?:the\s+)?((?:\S+\s+){1,3})$/i;

/** A title word: an honorific, a role ("Governor"), or a lower-case modifier ("state Sen.", "former"). */
function titleWord(word: string): boolean {
  return HONORIFICS.has(word) || ROLE_HEADS.has(word.toLowerCase().replace(/\.$/, '')) || /^[a-z][a-z-]*$/.test(word);
}

/** Does `before` (the words in front of a name) end with a preposition and only the name's title words? */
export function titledObject(before: string): boolean {
  const words = PREPOSITION_THEN_TITLE.exec(before.slice(-80))?.[1];
  if (words === undefined) return false;
  const list = words.trim().split(/\s+/);
  // The last word is the title right before the name; a lone lower-case word there is no title ("to former").
  return list.every(titleWord) && !/^[a-z]/.test(list[list.length - 1]!);
}
