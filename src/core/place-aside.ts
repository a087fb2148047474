/**
 * Is a cue inside a "where" clause that describes a noun set off by a comma: "The university surveyed 1,051
 * voters in Florida and 1,077 in Pennsylvania, two other battleground states where voters will help determine
 * which party controls the Senate"? The clause says what the place is, beside the sentence's claim (a poll's
 * sample): an event to come there is not what the story waits on. A "where" straight after the comma
 * (", where she will hold a rally on Monday") tells what happens next and is left alone, and so is an
 * indirect question ("unclear where he will go"), which has no comma before its noun.
 */
const PLACE_CLAUSE = /,\s+(?:[\w'’.-]+\s+){1,6}where\s+(?:[\w'’.-]+\s+){1,5}$/i;
const VERB_BEFORE_WHERE =
  /\b(?:know|knows|knew|known|unclear|clear|decide[sd]?|deciding|ask(?:s|ed)?|asking|say|says|said|tell|told|see|saw|show(?:s|ed)?|wonder(?:s|ed)?|explain(?:s|ed)?|reveal(?:s|ed)?|is|was|are|were)\s+where\s/i;

export function placeAside(text: string, index: number): boolean {
  const before = text.slice(0, index);
  const clause = PLACE_CLAUSE.exec(before);
  return clause !== null && !VERB_BEFORE_WHERE.test(clause[0]);
}
