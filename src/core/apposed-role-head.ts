import { literalMatches, literalPattern } from './literal-matches';
import { personNoun } from './person-noun';
import { isRoleHead } from './role-heads';

/**
 * Role nouns that also describe a firm, a team, a country or a town ("the market leader", "a member of NATO",
 * "the host city", "the defending champions"): beside a run they say nothing about whether it is a person.
 */
const SHARED_WITH_BODIES = new Set([
  'leader',
  'owner',
  'partner',
  'member',
  'rival',
  'ally',
  'champion',
  'host',
  'model',
  'star',
  'regulator',
  'player',
  'critic',
  'supporter',
  'investor',
  'trader',
  'agent',
  'resident',
  'victim',
  'forward',
  'lock',
  'prop',
  'centre',
]);

/** Where the head of a role phrase ends: "adviser to …", "expert at …", "lawyer from …". */
const AFTER_HEAD = /^(?:of|at|for|from|in|with|on|to|based|who|whom|whose|which|that|after|before|since|during|under)$/;

/**
 * "Yaakov Amidror, another former national security adviser to Mr. Netanyahu", "Menaka Guruswamy, a barrister from
 * New Delhi": the copy sets a role in apposition right after the full name, as it does only for a person, so the
 * run is one even when its first name is in no table. The role's head (its last word before "of/at/to/…") must be
 * a lower-case role noun only people hold: "Rhodium Group, an economic consulting firm", "Apple, the market
 * leader", "Acme, spokesman John Smith said" (another person's role) and "Against Clinton, the Ohio governor
 * earned 51 percent" (a clause) say nothing.
 */
/** "Name, a barrister from New Delhi": the apposition after the name, compiled once. */
const APPOSITION = literalPattern(
  '(?<![\\w.])',
  ',\\s+(?:(?:a|an|the|another|one\\s+of\\s+the)\\s+)?([^,.;:"“”()]{2,90}?)(?=,|\\.(?:\\s|$)|;|:|\\s+(?:said|says|told|added|warned)\\b|$)',
);

export function apposedRoleHead(name: string, text: string): boolean {
  for (const m of literalMatches(text, name, APPOSITION)) {
    const words = m[1]!.split(/\s+/);
    const cut = words.findIndex((w, i) => i > 0 && AFTER_HEAD.test(w));
    const head = (cut > 0 ? words.slice(0, cut) : words).pop()!;
    if (
      /^[a-z]/.test(head) &&
      // "Corin Ashdale, a 51-year-old baker": a WordNet person noun (person-noun.ts) is a role only people hold too,
      // beside a full name (a lone word so described is as often a character or a show's name).
      (isRoleHead(head) || (name.includes(' ') && personNoun(head))) &&
      !SHARED_WITH_BODIES.has(head.replace(/^(?:ex|former|co|vice|deputy|acting)-/, ''))
    )
      return true;
  }
  return false;
}
