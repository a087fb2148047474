import { escapeRegExp } from './escape-reg-exp';
import { postHead } from './post-head';
import { TITLE_WORDS } from './split-title';

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
  return new RegExp(
    `(?:^|[.!?]["'”’]?\\s+|\\n\\s*)${escapeRegExp(role)},\\s+(?:\\p{Lu}[\\p{L}.]*\\s+)?${escapeRegExp(name)},`,
    'u',
  ).test(text);
}
