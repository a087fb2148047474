import { IDENTITY_QUESTION, type RoleTest } from './answer-apposition';
import { firmAgentRole } from './firm-agent-role';
import { inChargeVerb } from './in-charge-verb';
import { leaderNoun, leadingVerb } from './leader-noun';
import { subordinateRank } from './subordinate-rank';
import { contentTerms } from './tokenize-words';

/** What a who-question asks the holder of: a test on a role word, and the party the role is of, when named. */
export interface AskedRole {
  isRole: RoleTest;
  party?: string;
}

/** A capitalised run of one to four words: the party ("Rengo", "Tom Baraka", "the Japan Chamber"). */
const PARTY = String.raw`((?:[A-Z][\p{L}.'’-]*\s+){0,3}[A-Z][\p{L}.-]*)`;
/** "Who is Baraka's lawyer?", "who was Acme's new chief?": the role is the possessed noun. */
const POSSESSED = new RegExp(
  String.raw`^\s*[Ww]ho(?:['’]s|\s+(?:is|was|are|were))\s+${PARTY}['’]s?\s+(?:[a-z-]+\s+)?([a-z-]+)\s*\??\s*$`,
  'u',
);
/**
 * "Who leads Rengo?", "who chairs the Senate Health Committee?", "who is running Acme?": a verb and its object, a
 * name; "who is in charge of Acme?" says the relation itself, WordNet's gloss of "direct".
 */
const LEADS = new RegExp(
  String.raw`^\s*[Ww]ho(?:['’]s|\s+(?:is|was|are|were))?\s+([a-z]+|in\s+charge\s+of)\s+(?:the\s+)?${PARTY}\s*\??\s*$`,
  'u',
);

/**
 * The role a who-question asks the holder of: "who is the lawyer for X?" (the wh-phrase's head, `heads`), "who is
 * X's lawyer?" (the possessed noun), or "who leads X?" — a verb whose stem is a WordNet leader noun's ("lead",
 * "chair", "direct", "govern", "manage", "preside") asks for a leader of X (leader-noun.ts): "Rengo President Yuko
 * Tanabe", not a spokesman X titles.
 */
export function askedRole(question: string, heads: ReadonlySet<string>): AskedRole | undefined {
  // "Which company built the footbridge?": the builder, or a contractor, named in apposition (firm-agent-role.ts).
  const firm = firmAgentRole(question);
  if (firm) return { isRole: firm };
  if (heads.size > 0)
    return IDENTITY_QUESTION.test(question)
      ? { isRole: (word) => contentTerms(word).some((t) => heads.has(t)) }
      : undefined;
  const possessed = POSSESSED.exec(question);
  if (possessed) {
    const role = new Set(contentTerms(possessed[2]!));
    if (role.size > 0) return { isRole: (word) => contentTerms(word).some((t) => role.has(t)), party: possessed[1]! };
  }
  const leads = LEADS.exec(question);
  if (!leads) return undefined;
  const verb = leads[1]!;
  const stem = contentTerms(verb)[0];
  // "Who runs / heads Acme?": a verb of being in charge (in-charge-verb.ts) whose stem no leader noun shares.
  if ((stem !== undefined && leadingVerb(stem)) || inChargeVerb(verb) || verb.startsWith('in '))
    // "X deputy chief Name" is second to X's head: not who runs it.
    return {
      isRole: (word, before) => leaderNoun(word.toLowerCase()) && !subordinateRank(word, before),
      party: leads[2]!,
    };
  return undefined;
}
