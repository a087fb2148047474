import type { Analysis } from './analysis-types';
import { namesRoleHolder, titledByParty } from './answer-apposition';
import { askedRole } from './asked-role';
import { firstWhere } from './first-where';
import type { RankedSentence as Ranked } from './rank-answer-sentences';

/** "Its secretary, Grace Obi, …": the role held by whatever the sentence before named. */
const POSSESSED_ROLE = /\b(?:[Ii]ts|[Tt]heir)\s+(?:[\p{L}-]+\s+){0,2}?([\p{L}-]+),\s+\p{Lu}/gu;
/** How far down the ranking the holder's sentence may sit. */
const DEPTH = 5;
/** How many sentences after the best a definite role ("the lawyer, Amina Obi") may point back at its "his lawyer". */
const BACK = 2;

/**
 * "Who is the secretary of the Friends of Westford Libraries?", "who is Baraka's lawyer?", "who leads Rengo?": the
 * sentence naming the holder of the asked role (asked-role.ts) answers — "Its secretary, Grace Obi, said…", "Grace
 * Obi, secretary of the Friends, …", "Rengo President Yuko Tanabe said…" — not the one that names the group more
 * fully or says "his lawyer said" (audit 53 B-a53-5). It goes first when the ranker's best names no holder and it
 * covers as much of the question, is titled by the asked party, or follows the best closely with the role pointing
 * back at what the best named ("its"/"their" in its paragraph; "the lawyer, Amina Obi" within two sentences); a role
 * of anyone else stays where it ranked.
 */
export function answerRoleHolder(
  analysis: Analysis,
  ranked: Ranked[],
  question: string,
  heads: ReadonlySet<string>,
): Ranked[] {
  const top = ranked[0];
  const role = askedRole(question, heads);
  const text = (r: Ranked): string => analysis.sentences[r.index]!.text;
  const titled = (r: Ranked): boolean => role?.party !== undefined && titledByParty(role.isRole, role.party, text(r));
  if (!top || !role || namesRoleHolder(role.isRole, text(top)) || titled(top)) return ranked;
  const possessedAfterTop = (r: Ranked): boolean =>
    r.index === top.index + 1 &&
    analysis.sentences[r.index]!.paragraph === analysis.sentences[top.index]!.paragraph &&
    [...text(r).matchAll(POSSESSED_ROLE)].some((m) => role.isRole(m[1]!));
  const definiteAfterTop = (r: Ranked): boolean =>
    r.index > top.index && r.index <= top.index + BACK && namesRoleHolder(role.isRole, text(r), true);
  return firstWhere(
    ranked,
    (r, at) =>
      at >= 1 &&
      at < DEPTH &&
      (titled(r) ||
        (namesRoleHolder(role.isRole, text(r)) &&
          (r.share >= top.share - 1e-9 || possessedAfterTop(r) || definiteAfterTop(r)))),
  );
}
