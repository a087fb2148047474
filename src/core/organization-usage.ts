import { handFirstName } from './hand-first-name';
import { literalMatches, literalPattern } from './literal-matches';
import { personCue } from './person-usage';

/**
 * Whether the copy uses a capitalised name the way it uses an organisation ("told Politico",
 * "according to BuzzFeed", "an analyst at Morgan Stanley", "Politico reported", "BuzzFeed's
 * website", "Morgan Stanley Group") and never the way it uses a person (a title or honorific
 * before it, "X, who", an age, "X said he", the surname standing alone). A known first name
 * outweighs only the weak cues ("told Chris Christie"): "Morgan Stanley" opens with one.
 */
export function organizationUsage(name: string, text: string, firstName: boolean): boolean {
  const cue = organizationCue(name, text);
  if (cue === null || (firstName && cue === 'weak')) return false;
  return !personCue(name, text);
}

/** Words before a name that make it a publisher or a source ("told Politico", "according to BuzzFeed"). */
const BEFORE = /(?:\btold|\b[Aa]ccording to|\binterview with) (?:the )?$/;
/**
 * "the Shanghai-based Hurun Report": a place's "-based" before a name the copy runs on into a longer name is a
 * firm's; "London-based Levy's novel" (Andrea Levy) is a person described.
 */
const BASED_BEFORE = /\b\p{Lu}[\p{L}.]*-based $/u;
/**
 * Words after a name (or its possessive) that make it a publisher or a body: "Politico reported", "BuzzFeed's
 * website", "Georgia Power, which …", "Georgia Power said its …" (weak: "a book by David Cay Johnston, which").
 */
const AFTER =
  /^(?:(?:['’]s)? (?:first )?(?:reported|reports|website|site|reporters?|correspondents?|editors?|columnists?|podcast|newsletter)\b|,\s+which\b| (?:said|says|announced|added|stated|has said|had said)(?: that)? its\b)/;
/**
 * Cues no person takes, strong enough to outweigh a first name: "an analyst at Morgan Stanley", "Morgan Stanley
 * executives", "chief operating officer of Sony"; staff "at" a body ("officials at Homeland Security Investigations",
 * "researchers at", "a professor at"); a journalist "for" an outlet ("a reporter for Agence France-Presse": one works
 * for a person as a spokesman or a lawyer, not as a reporter).
 */
const STRONG_BEFORE =
  /\b(?:work(?:s|ed|ing)? (?:at|for)|(?:analysts?|economists?|strategists?|executives?|bankers?|employees?|partners?) (?:at|with)|(?:officials|researchers|scientists|professors?) at|(?:reporters?|correspondents?|columnists?) (?:at|for)|(?:officer|executive|chairman|chairwoman|founder|owner|CEO|shareholders?) of) (?:the )?$/;
/**
 * "Pinecrest Air chief executive officer Walter Brennigan", "Harrowgate manager Steve Pollard", "Kessel's chief
 * executive": the body a named head runs. The possessive takes only a firm's offices: "Swift's manager" may be hers.
 */
const STRONG_AFTER =
  /^(?:(?:['’]s)? (?:shares|stock|headquarters|employees|executives|clients|bankers|analysts|Inc|Corp|Corporation|Group|Bank|LLC)\b|(?:['’]s)? (?:chief executive|managing director)\b| (?:boss|manager) [A-Z])/;

/**
 * The cue words as written mid-sentence: a sentence's first word loses its capital ("Analysts at Kessel Brandt said",
 * "Working for Orvell, …"), so an opening cue reads like the same cue after a comma. Other capitals stay: mid-sentence
 * "Partners at" is part of a name. `atStart` says the slice begins where the copy does.
 */
function sentenceOpenLowered(before: string, atStart: boolean): string {
  return before.replace(/(^|[.!?]["”’')]*\s+|\n\s*)(\p{Lu})(?=\p{Ll})/gu, (whole, edge: string, letter: string) =>
    edge === '' && !atStart ? whole : edge + letter.toLowerCase(),
  );
}

/** The name written whole, compiled once: who is who asks about every name. */
const MENTION = literalPattern("(?<![\\w'’-])", '(?![\\w-])');

/** "told Politico" (weak) or "an analyst at Morgan Stanley" (strong), the first found; null when none. */
function organizationCue(name: string, text: string): 'weak' | 'strong' | null {
  let found: 'weak' | 'strong' | null = null;
  let mentions = 0;
  let it = 0;
  let person = false;
  for (const m of literalMatches(text, name, MENTION)) {
    mentions++;
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 30);
    // "working for Rand Paul’s campaign": the possessive's noun is the employer, not the name.
    if (
      (STRONG_BEFORE.test(sentenceOpenLowered(before, m.index <= 40)) && !/^['’]s\b/.test(after)) ||
      STRONG_AFTER.test(after)
    )
      return 'strong';
    if (BEFORE.test(before) || AFTER.test(after) || (BASED_BEFORE.test(before) && /^\s+\p{Lu}/u.test(after)))
      found = 'weak';
    // The clause is read to 80 characters at most, so only those are sliced off the copy.
    const clause = /^[^.!?;]{0,80}/.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 80))![0];
    if (/\b(?:he|she|his|her|him)\b/i.test(clause)) person = true;
    else if (IT_AFTER.test(clause)) it++;
  }
  if (it === 0 || person || mentions < 2) return found;
  // "Goldman Sachs said in a statement it had acted properly … Goldman Sachs paid the fine, and its shares fell": a
  // name written twice whose own clauses go on with "it"/"its", and never "he"/"she", is a firm. One such clause
  // is weak when the name opens on a known first name ("Angela Rayner said it would deliver"): people say "it" too.
  const first = /^[A-Z][a-z]+/.exec(name)?.[0] ?? '';
  return it >= 2 || !handFirstName(first) ? 'strong' : (found ?? 'weak');
}

/**
 * The name's clause goes on with "it" or "its" as its verb's subject or object, outside a quotation: "said it",
 * "said in a statement it had", "cut its staff", "paid the fine, and its shares fell" — not "said Apple had cut its
 * costs" (another name's "its"), nor "said after Benghazi, ‘what difference does it make?’".
 */
const IT_AFTER =
  /^ (?:[a-z]+ )?(?:said|says|added|stated|announced|declined|denied|insisted|acknowledged|cut|paid|agreed|reported)\b(?:(?: in a statement)?(?: that)? (?:it|its)\b|(?:(?!\s['‘])[^"“”‘A-Z]){0,50}?\b(?:and|but) (?:it|its)\b)/;
