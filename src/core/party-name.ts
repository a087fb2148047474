import { partyWord } from './name-first-word';
import { singularsOf } from './singulars-of';

/**
 * A party's member named by the party ("a Republican", "the Wisconsin Tory", "Democrats"): a person, where the
 * party's own name ("Labour", "SNP") and a party named by its members' plural ("the Scottish Greens") are bodies.
 * WordNet files most of them only under a longer name ("Democrat" is a member of its "Democratic Party"), so they are
 * listed; "Independent" belongs to no party but stands where a party member's name does.
 */
const MEMBERS = new Set([
  'republican',
  'democrat',
  'independent',
  'libertarian',
  'conservative',
  'tory',
  'liberal',
  'socialist',
]);
/** A party's name WordNet has not ("SNP" and its like, written as initials). */
const INITIALS = new Set(['snp', 'ukip', 'dup']);
/**
 * Members' names that are also the common adjective of a view ("conservative critics", "liberal writers",
 * "independent experts"): a capital a sentence opens with says nothing of a party ("Liberal writers said" in US copy).
 */
const ALSO_A_VIEW = new Set(['conservative', 'liberal', 'libertarian', 'independent', 'socialist']);

function forms(word: string): string[] {
  const lower = word.toLowerCase();
  return [lower, ...singularsOf(lower)];
}

/**
 * A party's one-word name or its member's, singular or plural ("Labour", "Democrat", "Tories", "Conservative",
 * "SNP"): WordNet's party names (`partyWord`), its members and the initials. The one list the readers of a party
 * share — a name's party label after a comma (apposition-free-name.ts), an apposition's head (role-of.ts), an
 * office's qualifier (team-plural-title.ts), a sentence's opening capital (`partyNameAtOpening`, lower-start.ts) and a
 * member as a sentence's subject (`partyMember`, named-body-subject.ts).
 */
export function partyName(word: string): boolean {
  return forms(word).some((w) => partyWord(w) || MEMBERS.has(w) || INITIALS.has(w));
}

/** `partyName` for a sentence's capitalised first word: a view's adjective ("Liberal", "Conservative") is not read. */
export function partyNameAtOpening(word: string): boolean {
  return forms(word).some((w) => !ALSO_A_VIEW.has(w) && (partyWord(w) || MEMBERS.has(w) || INITIALS.has(w)));
}

/** A party's member, a person ("Republican", "Tories"), as the party's own name ("Labour", "SNP") is not. */
export function partyMember(word: string): boolean {
  return forms(word).some((w) => MEMBERS.has(w));
}
