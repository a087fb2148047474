import { withoutAddress } from './address-before-name';
import { isRoleHead } from './role-heads';

/** A post ending on its "of"/"for" object, then one capitalised role head: "Minister of National Security Senator". */
const POST_THEN_HEAD = /(?:^|\s)((?:\p{Lu}\p{Ll}*\s+)?(\p{L}+)\s+(?:of|for)\s+(?:\p{Lu}\S*\s+){1,4})(\p{Lu}\p{Ll}+)$/u;

/**
 * "Minister of National Security Senator Dr Anthony Baptiste": a role head written after a whole post ("Minister of
 * <portfolio>") and right before a form of address is the seat the person is styled by, another title, not a word of
 * the post (audit 61's B-a61-13). Returns the title without it; the title itself otherwise ("Bank of England Governor
 * Dr X" holds no post before its "of").
 */
export function postBeforeAddress(title: string, honorific: string | null): string {
  if (!honorific) return title;
  const m = POST_THEN_HEAD.exec(title);
  if (!m || !isRoleHead(m[2]!.toLowerCase()) || !isRoleHead(m[3]!.toLowerCase())) return title;
  return title.slice(0, m.index + m[0].length - m[3]!.length).trimEnd();
}

/** The words before a name as postBeforeAddress reads them, when a form of address ends them; null otherwise. */
export function postBeforeWrittenAddress(written: string): string | null {
  const bare = withoutAddress(written);
  if (bare === written) return null;
  const post = postBeforeAddress(bare, 'address');
  return post === bare ? null : (POST_THEN_HEAD.exec(bare)?.[1]?.trimEnd() ?? null);
}
