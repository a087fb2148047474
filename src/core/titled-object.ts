import { HONORIFICS } from './honorifics';
import { isRoleHead, ROLE_HEADS } from './role-heads';

/*
 * "The aide to Governor Dunn said", "a spokesman for Sen. Mark Dunn said": the name is the object of the
 * preposition even with its title between them, so it is not the subject of the tag's verb (the aide is).
 */

/**
 * "aide to", "spokesman for", "chief of staff of", then up to three words before the name (its title and
 * modifiers). Not "like" or "by": "candidates like Mr. Carson, who claimed" and "a statement by Sen. Dunn" name
 * the one who speaks.
 */
const PREPOSITION_THEN_TITLE = /(?:(\S+)\s+)?\b(?:for|of|to)\s+(?:the\s+)?((?:\S+\s+){1,3})$/i;

/** A title word: an honorific, a role ("Governor"), or a lower-case modifier ("state Sen.", "former"). */
function titleWord(word: string): boolean {
  return HONORIFICS.has(word) || ROLE_HEADS.has(word.toLowerCase().replace(/\.$/, '')) || /^[a-z][a-z-]*$/.test(word);
}

/** Does `before` (the words in front of a name) end with a preposition and only the name's title words? */
export function titledObject(before: string): boolean {
  const found = PREPOSITION_THEN_TITLE.exec(before.slice(-80));
  if (!found) return false;
  const list = found[2]!.trim().split(/\s+/);
  const last = list[list.length - 1]!;
  // The last word is the title right before the name; a lone lower-case word there is no title ("to former").
  if (/^[a-z]/.test(last)) return false;
  if (portfolioThenAddress(before.slice(-80), found, list)) return false;
  if (list.every(titleWord)) return true;
  // "A spokesman for Transport Minister Helen Marsh said": after a lower-case relation noun ("spokesman", "aide")
  // the title may carry a capitalised portfolio before it; the spokesman speaks, not the minister (audit 55,
  // B-a55-23). A capitalised word before the preposition ("Chief of Naval Operations Adm. Ray Dunn said") keeps the
  // whole run the speaker's own title.
  return /^[a-z]/.test(found[1] ?? '') && titleWord(last) && list.every((w) => /^[\p{L}.'’-]+$/u.test(w));
}

/** A form of address that names no office: "Hon.", "Mr", "Dr" (not "Sen.", "Gov.", a title of its own). */
const ADDRESS = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Hon|Prof|Sir|Dame)\.?$/;
const ARTICLE = /^(?:a|an|the|his|her|their|its)$/i;

/**
 * "Opposition spokesman for planning Hon. Jo Vella said": lower-case words, then a lone form of address, after a role
 * noun no article opens. The words close the role's portfolio and the address opens the name: the subject's own
 * title, not a preposition's object (audit B-a60-7). "A spokesman for state Sen. Jo Vella", "an aide to Mr Vella" keep
 * the object's reading.
 */
function portfolioThenAddress(before: string, found: RegExpExecArray, list: string[]): boolean {
  if (list.length < 2 || !ADDRESS.test(list.at(-1)!) || !list.slice(0, -1).every((w) => /^[a-z]+$/.test(w)))
    return false;
  const role = found[1];
  const lead = before.slice(0, found.index).trim().split(/\s+/).slice(-3);
  return !!role && isRoleHead(role.toLowerCase()) && !lead.some((w) => ARTICLE.test(w));
}
