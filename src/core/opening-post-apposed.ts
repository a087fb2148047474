import { literalMatches, literalPattern } from './literal-matches';
import { postHead } from './post-head';
import { TITLE_WORDS } from './split-title';

/** The comma before the name, one form of address between, and the comma after: compiled once, read per name. */
const APPOSED = literalPattern(',\\s+(?:\\p{Lu}[\\p{L}.]*\\s+)?', ',', 'u');
/** A sentence's or a line's opening, right before the post. */
const OPENING = /(?:^|[.!?]["'”’]?\s+|\n\s*)$/;

/**
 * "Minister of State for Provincial Affairs and Devolution for Masvingo, Cde Jane Roe, said": the post the name
 * finder gave, opening the sentence and apposed to the name (one form of address between, which the copy may teach
 * rather than a table hold, copy-honorific.ts), is the person's. The role-before-comma reading takes two complements
 * at most and only the addresses it lists, so a post with three lost its holder (audit 62, B-a62-10).
 */
export function openingPostApposed(role: string, name: string, text: string): boolean {
  // The post itself, headed by its first word: an owner's relation ("Clinton's husband, Bill Clinton,") says less
  // than the title the copy gives elsewhere.
  const head = role.split(/\s+/)[0]!;
  if (!name.includes(' ') || /['’]s\b/.test(role) || !(TITLE_WORDS.test(head) || postHead(head.toLowerCase())))
    return false;
  for (const m of literalMatches(text, name, APPOSED)) {
    const before = text.slice(Math.max(0, m.index - role.length - 4), m.index);
    if (before.endsWith(role) && OPENING.test(text.slice(0, m.index - role.length).slice(-4))) return true;
  }
  return false;
}
