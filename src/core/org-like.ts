import { ORG_HEADS } from './org-heads';

// Shared by the people index, entities and credit lines, so it lives on its own.
/** Organisation-looking runs: "... Committee", "BBC", "PlayStation"-style camel case. */
export function orgLike(text: string): boolean {
  return hasOrgHead(text) || /^[A-Z][A-Z&]{1,5}$/.test(text) || /^[A-Z][a-z]+[A-Z]\w+$/.test(text);
}

/** Does a space-separated word of the text head an organisation? (split(' ') without the array) */
function hasOrgHead(text: string): boolean {
  for (let from = 0; ; ) {
    const space = text.indexOf(' ', from);
    if (ORG_HEADS.has(space < 0 ? text.slice(from) : text.slice(from, space))) return true;
    if (space < 0) return false;
    from = space + 1;
  }
}
