import { isRoleHead } from './role-heads';
import { ROLE_QUALIFIERS } from './role-qualifiers';

/** The role words and the body they serve: "Chief Executive Officer" and "Corvana Labs". */
interface RoleRun {
  role: string;
  body: string;
}

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
  const fits = (w: string, i: number): boolean =>
    isRoleHead(w) || ROLE_QUALIFIERS.has(w.toLowerCase()) || (w === 'and' && i > 0 && i < at - 1);
  if (!roleWords.every(fits) || !isRoleHead(roleWords[at - 1]!)) return null;
  const body = words.slice(at + 1).join(' ');
  if (!/^(?:the\s+)?\p{Lu}/u.test(body)) return null;
  return { role: roleWords.join(' '), body: body.replace(/^the\s+/, '') };
}
