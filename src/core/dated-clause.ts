/**
 * A fronted time phrase that holds a figure: "In May 2005,", "On Jan. 12,", "By 2030,". The templates drop a fronted
 * time phrase before reading the clause (`dropLeading`), which loses a date the claim rests on: "In May 2005, the
 * board reportedly held elections in secret" asked "Can it be confirmed that the board held elections in secret?"
 * confirms a different claim, its number cut (sample 43's #40, sample 41's #38). Weekdays and "last week" hold no
 * figure and still go: the question is asked later, and they would read as its time.
 */
const DATED_OPENING =
  /^(?:(?:But|And|Yet|Still|Now),?\s+)?((?:In|On|By|Since|Until|As of)\s+[^,]{0,30}?\d[^,]{0,12},)\s+/;

/** The clause asked, its fronted date restored when the copy gives one and the clause lost it. */
export function datedClause(sentence: string, clause: string): string {
  const date = DATED_OPENING.exec(sentence.trim())?.[1];
  // Its preposition lowered here: before a month's capital, `lowerStart` would read "In May" as a name.
  return date && !clause.includes(date.replace(/,$/, ''))
    ? `${date[0]!.toLowerCase()}${date.slice(1)} ${clause}`
    : clause;
}
