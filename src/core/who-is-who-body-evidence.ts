import { countedKinds } from './counted-kinds';
import { handFirstName } from './hand-first-name';
import { hasLiteralMatch, literalPattern } from './literal-matches';
import { organizationUsage } from './organization-usage';
import { personCue } from './person-usage';

/**
 * A body's head word closing the name: "Brookings Institution", "Lockheed Group", "Acme plc". A lexical class (what
 * bodies are called), not names of bodies; words that end people's names too ("Day", "Post", "Church") are left out.
 */
const BODY_HEAD =
  /\s(?:Association|Institute|Institution|Consortium|Federation|Confederation|Council|Society|Bank|Group|Holdings|plc|PLC|Inc|Ltd|LLC|Corp|Corporation|Company|Airways|Airlines|Motors|Industries|Insurers|Foundation|Commission|Agency|Authority|Coalition|Alliance|University|Ministry|Department|Bureau|Laboratories|Pharmaceuticals|Technologies|Enterprises)\.?$/;

/**
 * A body's shape: its head word closing the name (`BODY_HEAD`), or the plural of a kind of person closing a name of
 * two words or more ("United Mine Workers", "Young Democrats"; WordNet's kinds of the nouns news copy counts,
 * counted-kinds.json): a person's name is singular, and a person whose surname reads so ("Joe Judges") shows a given
 * name or a title the evidence reads. Only a call for a person's evidence, not a body's evidence for the organisations
 * line: "Kemal Judges said", with no other cue, is dropped (say less), not made a firm.
 */
function bodyShape(name: string): boolean {
  if (BODY_HEAD.test(name)) return true;
  const space = name.lastIndexOf(' ');
  const last = name.slice(space + 1).toLowerCase();
  return space > 0 && last.endsWith('s') && countedKinds(last).includes('person');
}

/** What only a firm or an institution has: shares, profits, customers, branches; "X, which". */
const CORPORATE_AFTER = literalPattern(
  "(?<![\\p{L}\\p{M}'-])",
  "(?:'s? (?:shares|stock|profits?|revenues?|sales|earnings|customers|workforce|headquarters|shareholders|subsidiary|stores|shops|branches)\\b|,\\s+which\\b)",
  'u',
);
/**
 * The plural a body takes in British copy ("Marks and Spencer have"), the name opening its sentence: not a
 * coordination's last name ("Todd Rokita and state House Speaker Brain Bosma have"), nor "did X have".
 */
const BODY_PLURAL = literalPattern('(?:^|[.!?]["”\']?\\s{1,3}|\\n)(?:The )?', ' (?:have|are|were)\\b', 'u');

/**
 * Evidence that a name the copy gives no person's evidence for is a body's, for the organisations line: the name's
 * head word, what only a firm has ("X's shares", "X, which") or a body's plural ("Drayfield Group have"). A person
 * says things in a statement and has an office and a spokesman too ("Zelensky's office said he …"), so those put no
 * one there (review s33 B-org45-3). The copy is read with one apostrophe (`evidenceCopy`).
 */
export function typedAsBody(name: string, copy: string): boolean {
  return (
    BODY_HEAD.test(name) ||
    hasLiteralMatch(copy, name, CORPORATE_AFTER) ||
    hasLiteralMatch(copy, name, BODY_PLURAL) ||
    usedAsBody(name, copy)
  );
}

/**
 * What a body alone has, which a name by its shape ("Acme Holdings", "Rhondda Miners have") answers to: its head word
 * closing the name, or a body's plural opening a sentence. Not shares, customers or "X, which": a person owns shares
 * and has customers ("Elon Musk's shares rose", review s35 B-who35-1).
 */
export function namedAsBody(name: string, copy: string): boolean {
  return bodyShape(name) || hasLiteralMatch(copy, name, BODY_PLURAL);
}

/** "shares of Lockheed Martin", "stock in Halden Varr": what only a firm is traded as. */
const SHARES_BEFORE = literalPattern('\\b[Ss](?:hares|tock) (?:of|in) ', "(?![\\p{L}\\p{M}'-])", 'u');
/**
 * "the Halden Varr board", "Lockheed Martin executives" after an article: who sits or works for the name. Not a
 * spokesman and not "X said … it": a person has a spokesman (review s33 B-org45-3), and "it" after "said" is most often
 * the dummy of "it was time" (review s37 B-who39-1).
 */
const STAFF_AROUND = literalPattern('\\b(?:[Aa]n?|[Tt]he) ', ' (?:executives?|employees?|board|shareholders?)\\b', 'u');

/**
 * "Shares of Lockheed Martin rose", "the Lockheed Martin board", "Halden Varr's shares", "analysts at Goldman Sachs":
 * the copy uses a name of two words or more as news style uses a body's, and never as it uses a person's — no title or
 * honorific, no surname alone, no "who", no "his"/"her" (`personCue`): a person is named again by surname, a body in
 * full.
 */
export function usedAsBody(name: string, copy: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0 || personCue(name, copy)) return false;
  const first = name.slice(0, space);
  const given = handFirstName(first);
  return (
    hasLiteralMatch(copy, name, CORPORATE_AFTER) ||
    hasLiteralMatch(copy, name, SHARES_BEFORE) ||
    hasLiteralMatch(copy, name, STAFF_AROUND) ||
    organizationUsage(name, copy, given)
  );
}
