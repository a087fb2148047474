import { hasLiteralMatch, literalPattern } from './literal-matches';

/**
 * A body's head word closing the name: "Brookings Institution", "Lockheed Group", "Acme plc". A lexical class (what
 * bodies are called), not names of bodies; words that end people's names too ("Day", "Post", "Church") are left out.
 */
const BODY_HEAD =
  /\s(?:Association|Institute|Institution|Consortium|Federation|Confederation|Council|Society|Bank|Group|Holdings|plc|PLC|Inc|Ltd|LLC|Corp|Corporation|Company|Airways|Airlines|Motors|Industries|Insurers|Foundation|Commission|Agency|Authority|Coalition|Alliance|University|Ministry|Department|Bureau|Laboratories|Pharmaceuticals|Technologies|Enterprises)\.?$/;

/**
 * The copy writes the name the way it writes a body's, never a person's: "a spokesman for X", "passengers at X" (a
 * place or a body), "the Association of X" (the tail of a body's longer name).
 */
const BODY_BEFORE = literalPattern(
  '(?:\\b(?:spokes(?:man|woman|person)|shareholders|customers|employees|staff|analysts|executives) (?:for|at|of) |\\b(?:survey|poll|study|report) (?:by|from|of) |\\b(?:Association|Institute|Consortium|Federation|Confederation|Council|Society|Bank|Board|Commission|Committee|Chamber|Ministry|Department|Office|University|Academy|Bureau|Agency|Authority) of )(?:the )?',
  "(?![\\p{L}\\p{M}'-])",
  'u',
);
/** "Passengers at Heathrow", "a prisoner in Addis Ababa": a place's (or a body's) preposition, never after a look. */
const PLACE_BEFORE = literalPattern(
  '(?<![Ll]ook |[Ll]ooked |[Ll]ooking |[Ss]tared |[Gg]lanced |[Ll]aughed |[Ss]miled |[Bb]elieve |[Ff]aith |[Cc]onfidence )\\b(?:at|in|into) (?:the )?',
  "(?![\\p{L}\\p{M}'-])",
  'u',
);

/**
 * After the name: what a body owns or employs ("X's shares", "X's spokesman"), "X, which", "X said in a statement", or
 * the plural a body takes in British copy ("Marks and Spencer have"), the name opening its sentence: not a
 * coordination's last name ("Todd Rokita and state House Speaker Brain Bosma have"), nor "did X have", "if X were".
 */
const BODY_AFTER = literalPattern(
  "(?<![\\p{L}\\p{M}'-])",
  "(?:'s? (?:shares|stock|profits?|revenues?|sales|earnings|customers|staff|employees|workforce|spokes(?:man|woman|person)|headquarters|shareholders|subsidiary|stores|shops|branches|chief executive|executives)\\b|,\\s+which\\b| (?:said|says) in a statement\\b)",
  'u',
);
const BODY_PLURAL = literalPattern('(?:^|[.!?]["”\']?\\s{1,3}|\\n)(?:The )?', ' (?:have|are|were)\\b', 'u');

/**
 * Positive evidence, read from how the copy uses a name, that it names a body (a firm, an institution) or a place:
 * the name's own head word or the copy's words around it (`BODY_BEFORE`, `BODY_AFTER`, `BODY_PLURAL`) say a body; a
 * place's preposition alone (`PLACE_BEFORE`) says a place or a body, which goes on no organisations line. People take
 * some of these too ("Trump's spokesman", "said in a statement", "at Trump Tower"): the caller weighs them only
 * against the absence of a person's evidence. The copy is read with one apostrophe (`evidenceCopy`).
 */
export function namedAsBody(name: string): boolean {
  return BODY_HEAD.test(name);
}

export function whoIsWhoBodyEvidence(name: string, copy: string): 'body' | 'place' | null {
  if (
    BODY_HEAD.test(name) ||
    hasLiteralMatch(copy, name, BODY_BEFORE) ||
    hasLiteralMatch(copy, name, BODY_AFTER) ||
    hasLiteralMatch(copy, name, BODY_PLURAL)
  )
    return 'body';
  return hasLiteralMatch(copy, name, PLACE_BEFORE) ? 'place' : null;
}
