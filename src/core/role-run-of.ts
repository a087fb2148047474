import { HONORIFICS } from './honorifics';
import { personNoun } from './person-noun';
import { isRoleHead } from './role-heads';
import { ROLE_QUALIFIERS } from './role-qualifiers';

/** The role words and the body they serve: "Chief Executive Officer" and "Corvana Labs". */
interface RoleRun {
  role: string;
  body: string;
}

/** A role head, or a rank written out whole that honorifics.ts holds ("Prince", "Sheikh"): a word a post is. */
const postWord = (w: string): boolean => isRoleHead(w) || (/^\p{Lu}\p{Ll}+$/u.test(w) && HONORIFICS.has(w));

/** "Ruler": a post after "and" may be any noun whose commonest WordNet sense is a person (person-noun.ts). */
const post = (w: string): boolean => postWord(w) || personNoun(w.toLowerCase());

const PREPOSITIONS = new Set(['of', 'at', 'for']);

/**
 * "Chief Executive Officer of Corvana Labs", "Senior Vice President and General Counsel at Orlen": a run of role
 * words, compared case-folded (a release capitalises every title), ending on a role head (role-heads.ts), then
 * "of/at/for" and a capitalised body. The capitals make it look like one organisation's name, but no organisation is
 * named by role words alone before its preposition ("Star Wars" ends on no role head; "Bank of England" opens on no
 * role word). Null for anything else.
 */
export function roleRunOf(phrase: string): RoleRun | null {
  const words = phrase.trim().split(/\s+/);
  const at = words.findIndex((w) => PREPOSITIONS.has(w));
  if (at < 1 || at > 6) return null;
  const roleWords = words.slice(0, at);
  // "Crown Prince and Chairman of …": a capitalised word that opens the run or follows its "and" qualifies the role
  // head right after it, as a release writes a compound title ("Crown Prince", "Prime Minister"; audit 58, B-a58-15).
  const modifier = (w: string, i: number): boolean =>
    /^\p{Lu}\p{Ll}+$/u.test(w) && (i === 0 || roleWords[i - 1] === 'and') && postWord(roleWords[i + 1] ?? '');
  const fits = (w: string, i: number): boolean =>
    postWord(w) || ROLE_QUALIFIERS.has(w.toLowerCase()) || (w === 'and' && i > 0 && i < at - 1) || modifier(w, i);
  if (!roleWords.every(fits) || !isRoleHead(roleWords[at - 1]!)) return null;
  // "Member of the Supreme Council and Ruler of Al Qurain": the body ends where a second post opens after "and".
  const rest = words.slice(at + 1);
  const second = rest.findIndex(
    (w, i) => w === 'and' && rest[i + 2] === 'of' && /^\p{Lu}/u.test(rest[i + 1] ?? '') && post(rest[i + 1]!),
  );
  const body = (second > 0 ? rest.slice(0, second) : rest).join(' ');
  if (!/^(?:the\s+)?\p{Lu}/u.test(body)) return null;
  return { role: roleWords.join(' '), body: body.replace(/^the\s+/, '') };
}
