import { partyName } from './party-name';
import { isRoleHead } from './role-heads';
import { singularsOf } from './singulars-of';

/** The lower-case words of a post after the opening word, and the capital of the name the post titles. */
const POST_THEN_NAME = /^\S+\s+((?:[a-z-]+\s+){0,2}[a-z-]+)\s+\p{Lu}/u;

/**
 * "Conservative shadow chancellor Martin Reeve …", "Democratic senator Amy Hart …": a party's member word, or its
 * adjective in "-ic", opening a post held by the person named after it is the party's name, and keeps its capital
 * when the clause is spliced mid-question (audit 59, B-a59-11: "… by conservative shadow chancellor …" altered the
 * copy). Without a titled name after it the word may be a view's adjective ("Conservative critics say"), lowered as
 * before (party-name.ts).
 */
export function partyTitleOpening(word: string, text: string): boolean {
  if (!partyName(word) && !(/ic$/.test(word) && partyName(word.slice(0, -2)))) return false;
  const post = POST_THEN_NAME.exec(text)?.[1];
  const head = post?.split(/\s+/).pop();
  return !!head && [head, ...singularsOf(head)].some(isRoleHead);
}
