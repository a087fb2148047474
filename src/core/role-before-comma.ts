import { literalMatches, literalPattern } from './literal-matches';
import { possessiveOwner } from './possessive-owner';
import { NOT_MODIFIER } from './role-modifiers';

/**
 * "Its secretary, Grace Obi, said" / "according to the trust's chief executive, Owen Price." — a
 * role set off by a comma before the name, as British copy often writes it. Only where the role
 * phrase opens a sentence or follows "according to" or a speech verb, and starts with a determiner or a named
 * owner's possessive ("A Brightwater spokesman, Daniel Cho,", "Unison's regional secretary, Karen Doyle,"):
 * "Like her predecessor, Jane Doe …" and "In a letter to his boss, Smith …" name someone else's role.
 * The post may say of or for what: "The mayor of Northtown, Jane Doe,", "The chief inspector of schools, David Bell,",
 * "The deputy mayor for public safety, Ray Okafor," — a capitalised body or place, or up to two lower-case words
 * (no determiner: "A spokesman for the attorney, X," leaves unsaid which of the two X is), after the head — and
 * a second such complement after the first ("The director of public health for Leeds, Dr. Jo Roe,": what the post
 * is, then where).
 */
// A sentence ends before the role after a closing quotation mark of either style: British copy closes its quotes with
// a plain "'" ("… at best.' The company's chief executive, Gareth Lowther, says").
const ROLE_THEN_COMMA =
  /([.!?]["'”’]?\s+|\n\s*|\b(?:according to|said|says|told|added|wrote)\s+)([Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[A-Z][\w.&-]*['’]s)\s+((?:[A-Z][\w'’.-]*\s+|[a-z][\w'’-]*\s+){0,4}?[a-z][\w-]*)((?:\s+(?:of|for)\s+(?:(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+){0,4}[A-Z][\w'’.-]*|(?:(?!(?:the|an?|his|her|its|their)\s)[a-z][\w-]*\s+)?[a-z][\w-]*)){1,2})?,\s+$/;
/** What follows the name in that construction: the clause goes on, or the sentence ends. */
const AFTER_NAME = /^(?:,|\.(?:\s|$)|\s+(?:said|says|told|added|warned)\b)/;

/** "…, Sir " / "…, Dr " right before the name: the honorific the name carries, read off before the role is. */
const HONORIFIC_AFTER_COMMA = /(?<=,\s+)(?:Sir|Dame|Lord|Lady|Baroness|Dr\.?|Prof\.?|Professor|Mr\.?|Mrs\.?|Ms\.?)\s+$/;

/** The name written whole, compiled once. */
const MENTION = literalPattern("(?<![\\w'’])", "(?![\\w'’])");

export function roleBeforeComma(name: string, text: string, isRoleHead: (word: string) => boolean): string | null {
  for (const m of literalMatches(text, name, MENTION)) {
    if (!AFTER_NAME.test(text.slice(m.index + name.length, m.index + name.length + 12))) continue;
    // A window cut mid-sentence must not look like a sentence start: only the text's own start is one.
    const from = Math.max(0, m.index - 160);
    // "said its chairman, Sir Anthony Greener": an honorific between the comma and the name is part of neither.
    const window = ((from === 0 ? '\n' : '') + text.slice(from, m.index)).replace(HONORIFIC_AFTER_COMMA, '');
    const found = ROLE_THEN_COMMA.exec(window);
    const head = found?.[3];
    if (!found || !head) continue;
    const role = head + (found[4] ?? '');
    const words = head.split(/\s+/);
    // "The chairman thanked the director, Owen Price": a verb or a function word inside means the
    // phrase is a clause about someone else, not this person's post.
    const inner = words.slice(0, -1);
    const clause = inner.some((w) => NOT_MODIFIER.test(w.replace(/['’]s$/, '')) || /^[a-z]+(?:ed|ly)$/.test(w));
    if (!isRoleHead(words[words.length - 1]!) || clause) continue;
    // "Its secretary, Grace Obi": whose secretary, when the copy before names one body (or person) it can be.
    const at = from + found.index + found[1]!.length - (from === 0 ? 1 : 0);
    // "A Brightwater spokesman, Daniel Cho": the role itself; "Unison's regional secretary, Karen Doyle": the
    // owner the copy names is part of it.
    if (/^(?:[Tt]he|[Aa]n?)$/.test(found[2]!)) return role;
    if (/^[A-Z][\w.&-]*['’]s$/.test(found[2]!)) return `${found[2]} ${role}`;
    return possessiveOwner(found[2]!, role, name, text, at);
  }
  return null;
}
