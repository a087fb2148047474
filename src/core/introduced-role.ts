import { agentNoun } from './agent-noun';
import { cleanRole } from './clean-role';
import { closedClassGiven } from './closed-class-given';
import { englishWord } from './english-word';
import { escapeRegExp } from './escape-reg-exp';
import { handFirstName } from './hand-first-name';
import { personNoun } from './person-noun';
import { roleHeadWord } from './role-head-word';
import { isRoleHead } from './role-heads';

/** A WordNet person noun of an agent's form ("skipper", "schoolteacher"), or a role head ("manager", "spokesman"). */
const personHead = (word: string): boolean => isRoleHead(word) || (personNoun(word) && agentNoun(word));

/** A law firm's name as the legal press writes it: capitalised words ending on the firm's legal form. */
export const FIRM = String.raw`([A-Z][\w'’.-]*(?:\s+(?:&\s+)?[A-Z][\w'’.-]*)*\s+(?:LLP|PLLC|LLC|P\.C\.))`;
/** The party the lawyer appears for: a capitalised run ("Aerosow", "the Blue Ridge Co-op" keeps its own words). */
const PARTY = String.raw`((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)`;

/**
 * Roles the copy gives a person in shapes the apposition and role-before-name readers do not take (audit 56
 * B-a56-11 and B-a56-12), tried in turn for who is who when they found none:
 * - "skipper Tobias Renwick, 61,": a bare lower-case person noun before a name that an age apposition follows
 *   (the age says the name is introduced here, as a second mention does for role-of.ts's agent nouns);
 * - "a plumber named Gideon Farrow": a person noun (with its lower-case modifiers) before "named"/"called";
 * - "Welsh Labour's transport spokesman, Bryn Caddick MSP,": a possessive body's role before the name and a
 *   post-nominal (an all-capitals abbreviation: MSP, MP, TD) between the name and its comma;
 * - "Harold Pemberton of Blackwood Tarrant LLP, arguing for Corvane,": the legal press names counsel by firm and the
 *   party they argue for or represent; the role says so ("counsel for Corvane (Blackwood Tarrant LLP)");
 * - "Benedict Okafor does not agree. He is the orchard's operations director,": a sentence that opens on the name
 *   followed by one that opens "He is"/"She is" and a role phrase;
 * - "When Inés measured it, the tape ran out. She is 41, a former county surveyor,": an age and a role after "She
 *   is" introduce the one person the sentence before names (by any word of the name, and no other capitalised word).
 */
export function introducedRole(
  name: string,
  text: string,
  fullBySurname: ReadonlyMap<string, readonly string[]> = new Map(),
): string | null {
  const at = escapeRegExp(name);
  const bare = new RegExp(String.raw`(?:^|[\s(“"])([a-z][a-z-]+)\s+${at},\s+\d{1,3},`).exec(text)?.[1];
  if (bare && personNoun(bare) && agentNoun(bare)) return bare;
  const named = new RegExp(
    String.raw`\b(?:a|an)\s+((?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+)\s+(?:named|called)\s+${at}\b`,
  );
  const kind = named.exec(text)?.[1];
  if (kind && personHead(kind.split(/\s+/).at(-1)!)) return kind;
  const possessive = new RegExp(
    String.raw`((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*['’]s\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+${at}\s+\p{Lu}{2,4},`,
    'u',
  ).exec(text)?.[1];
  if (possessive && personHead(possessive.split(/\s+/).at(-1)!)) return possessive;
  const counsel = new RegExp(String.raw`${at}\s+of\s+${FIRM},\s+(?:arguing\s+for|representing)\s+${PARTY}`).exec(text);
  if (counsel) return `counsel for ${counsel[2]} (${counsel[1]})`;
  return pronounRole(at, text) ?? agedRole(name, text, fullBySurname);
}

/** "Benedict Okafor does not agree. He is the orchard's operations director, a quiet man": the role phrase. */
function pronounRole(at: string, text: string): string | null {
  const next = new RegExp(
    String.raw`(?:^|[.!?]\s+)${at}\s[^.!?]*[.!?]\s+(?:He|She)\s+(?:is|was)\s+((?:the|a|an)\s+[^,.;]+)[,.;]`,
  ).exec(text)?.[1];
  if (!next) return null;
  const role = cleanRole(next);
  return personHead(roleHeadWord(role)) ? role : null;
}

/** A sentence, then "He is"/"She is", an age and a role phrase up to its comma or stop. */
const AGED = /(?:^|[.!?]["”’]?\s+)([^.!?]+[.!?])\s+(?:He|She)\s+is\s+\d{1,3},\s+((?:a|an|the)\s+[^,.;]+)[,.;]/g;

/**
 * "When Inés measured it, the tape ran out. She is 41, a former county surveyor, and …": the pronoun is the person the
 * sentence before names when every capitalised word there is a word of this name (a second person, or a place, leaves
 * "She" unsure: say less). The sentence's first word is capitalised for its place alone only when it is a common
 * English or closed-class word ("When", "The") that is no given name and no word of a name the copy gives: "Kowalski
 * hired Brennan." names two people.
 */
function agedRole(name: string, text: string, fullBySurname: ReadonlyMap<string, readonly string[]>): string | null {
  const own = new Set(name.split(/\s+/));
  for (const m of text.matchAll(AGED)) {
    const words = m[1]!.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’-]+$/gu, ''));
    const capitals = (opensOnly(words[0]!, fullBySurname) ? words.slice(1) : words).filter((w) => /^\p{Lu}/u.test(w));
    if (capitals.length === 0 || !capitals.every((w) => own.has(w))) continue;
    const role = cleanRole(m[2]!);
    if (personHead(roleHeadWord(role))) return role;
  }
  return null;
}

/** A sentence's first word capitalised only because it opens the sentence. */
function opensOnly(word: string, fullBySurname: ReadonlyMap<string, readonly string[]>): boolean {
  if (!closedClassGiven(word) && (!englishWord(word.toLowerCase()) || handFirstName(word))) return false;
  return ![...fullBySurname.values()].some((names) => names.some((n) => n.split(' ').includes(word)));
}
