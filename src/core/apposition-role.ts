import { agentNoun } from './agent-noun';
import { cleanRole } from './clean-role';
import { headPastClause, notARole, roleAfterAs } from './not-a-role';
import { partyName } from './party-name';
import { personNoun as wordnetPersonNoun } from './person-noun';
import { predicateOpener } from './predicate-opener';
import { HONORIFIC_ABBREV, roleApposition } from './role-apposition';
import { roleHeadWord as headWord, nestedHead } from './role-head-word';
import { isRoleHead } from './role-heads';

/** Relations that say who a person is when the copy writes whose ("the son of", "the widow of"). */
const KIN =
  /^(?:nephew|niece|son|daughter|grandson|granddaughter|brother|sister|father|mother|widow|widower|wife|husband|cousin|uncle|aunt)$/;

/** The word before the role's head is capitalised too ("Republican National Committeeman"). */
function capitalisedBefore(head: string, role: string): boolean {
  const words = role.split(/\s+/);
  const at = words.indexOf(head);
  return at > 0 && /^[A-Z]/.test(words[at - 1]!);
}

/** A plural that names people: a role head, or an agent noun in -ist/-ian ("terrorists"), not "states" or "papers". */
function personNoun(singular: string, word: string): boolean {
  return singular !== word && (isRoleHead(singular) || (/(?:ist|ian)$/.test(singular) && agentNoun(singular)));
}

/** A titled name's abbreviation and its stop ("Gov. "), where an apposition's own role words end: built once. */
const TITLED_ABBREV = new RegExp(`\\b(?:${HONORIFIC_ABBREV})\\.\\s`);

/**
 * The role an apposition gives the name ("Name, a Democratic pollster,"). `alone`: only where the name stands by
 * itself, no capitalised word before it ("Dean, a former party chairman," not "Howard Dean,"), and led by an article.
 */
export function appositionRole(n: string, text: string, alone = false): string | null {
  const found = roleApposition(n, text, alone);
  const after = found?.role;
  // A surname alone before a comma is as often a clause's subject ("Clinton, casting herself as…"): there only an
  // apposition opened by an article or a possessive ("Dean, a former party chairman,") is read as the role.
  if (found && after && (!alone || found.article)) {
    // "Ohio Gov. John Kasich and …": the role head comes before any titled name the apposition holds.
    const own = after.split(TITLED_ABBREV)[0]!;
    const lowerWords = own.split(/\s+/).filter((w) => !/^[A-Z][a-z]/.test(w));
    // Past ninety characters a relative clause ("whose time as secretary of state arguably made…") is a sentence.
    if (notARole(after) || (after.length > 90 && /^whose\s/.test(after))) return null;
    if (headPastClause(after)) {
      const post = roleAfterAs(after);
      if (post) return cleanRole(post);
      return null;
    }
    // "a friend of Ann Fox, then became her rival,": a clause after the name, its verb someone else's, is no role
    // (a participle's post after "as" was read just above: "appointed by the president as ambassador").
    if (predicateOpener(after)) return null;
    if (lowerWords.slice(0, 6).some(isRoleHead)) return cleanRole(after);
    // "one of the stars of the play", "one of two terrorists involved in…": a plural role noun after "one of".
    if (/^one of\s/.test(after) && lowerWords.slice(2, 8).some((w) => personNoun(w.replace(/s$/, ''), w)))
      return cleanRole(after);
    // "Name, a Democratic pollster," — an article-led apposition whose head names what someone does.
    // "the Republican National Committeeman from Utah": a capitalised head names what someone does as well;
    // "publisher of The Federalist": without an article, an agent noun holding "of" is a post.
    const head = headWord(cleanRole(after));
    // A capitalised "Department" or "Agency" names an office's body, not the person.
    // The -man head counts inside a capitalised run only: "a German", "a Frenchman" name a nationality.
    // "Harish Pandey, the local MLA,": an all-capitals head of a person's apposition abbreviates the post (MLA, MSP,
    // TD, as "MP" and "CEO" do); a body stands there only as its member's modifier ("the BJP's", "an NHS nurse").
    // "Name, a cook at the Taj,": a lower-case WordNet person noun (its commonest sense a person) names what someone
    // is, as an agent noun's ending does ("a pollster"); apposedRoleHead already takes it as a person's evidence.
    const acronym = /^\p{Lu}{2,5}$/u.test(head);
    const post = /^[A-Z]/.test(head)
      ? acronym || isRoleHead(head.toLowerCase()) || (/(?:man|woman)$/.test(head) && capitalisedBefore(head, after))
      : agentNoun(head) || (wordnetPersonNoun(head) && !nestedHead(cleanRole(after), head));
    if (found.article && (post || (/^\p{Lu}/u.test(head) && partyName(head)) || head === 'independent'))
      return cleanRole(after);
    if (!found.article && /^[a-z][\w-]* of\s/.test(after) && agentNoun(after.split(' ')[0]!)) return cleanRole(after);
    // "Prince Alwaleed, the nephew of the late King Abdullah": a relation written with whose it is describes him.
    if (found.article && KIN.test(head) && new RegExp(`^${head}\\s+of\\s`).test(cleanRole(after)))
      return cleanRole(after);
  }
  return null;
}
