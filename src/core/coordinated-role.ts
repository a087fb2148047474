import { agentNoun } from './agent-noun';
import { personNoun } from './person-noun';
import { isRoleHead } from './role-heads';
import { NOT_MODIFIER, verbForm } from './role-modifiers';

/**
 * "Aviation safety consultant and former pilot Harold Quayle said": a role coordinated before "and" is the same
 * person's when the coordination opens its clause (a sentence's start, a comma, "said") — no article or possessive
 * before it ("the mayor and police chief Ann Ruiz" may be two people) — and the first conjunct is a role phrase: at
 * most five words, none a function word or a verb, ending on a lower-case role noun. Both conjuncts are kept; cut to
 * the last, the reader is told half of who the person is.
 */
export function coordinatedRole(role: string, name: string, text: string): string {
  const written = `${role} ${name}`;
  for (let at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
    if (/[\w-]/.test(text[at + written.length] ?? '') || /[\w-]/.test(text[at - 1] ?? '')) continue;
    let from = Math.max(0, at - 80);
    while (from > 0 && !/\s/.test(text[from - 1]!)) from++;
    const m = (from === 0 ? AT_START : AFTER_BOUNDARY).exec(text.slice(from, at));
    const words = m?.[1]?.split(/\s+/) ?? [];
    const head = words.at(-1) ?? '';
    if (
      words.length > 0 &&
      words.every((w) => !NOT_MODIFIER.test(w) && !verbForm(w)) &&
      (isRoleHead(head) || (personNoun(head) && agentNoun(head)))
    )
      return `${m![1]} and ${role}`;
  }
  return role;
}

const CONJUNCT = String.raw`((?:[A-Za-z][\w'’-]*\s+){0,4}?[a-z][\w'’-]*)\s+and\s+$`;
const BOUNDARY = String.raw`(?:[.!?]["”’]?|[,;:(]|\b(?:said|says))\s+`;
const AT_START = new RegExp(`(?:^|${BOUNDARY})${CONJUNCT}`);
const AFTER_BOUNDARY = new RegExp(`${BOUNDARY}${CONJUNCT}`);
