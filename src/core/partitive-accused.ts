/** Heads that take a partitive "of": "one of the journalists", "two of his aides", "some of the donors". */
const PARTITIVE_HEAD =
  /^(?:one|some|many|several|each|all|most|both|either|neither|none|any|few|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/i;

/** Partitive heads that name no one accused. */
const NOBODY_HEAD = /^(?:none|neither|any)$/;

/** "one of the journalists, Susanne Rust, of ignoring …": the partitive, a name set beside it, then the charge. */
const PARTITIVE_ACCUSED =
  /\baccus(?:ed|es|e)\s+((?:\S+)\s+of\s+(?:the|his|her|its|their|our)\s+[^,;]{2,50}?)(?:,\s+([A-Z][^,;]{2,40}),)?\s+of\s+([^,;]+)/;

export interface PartitiveAccused {
  /** Who answers: the name set beside the partitive, else the partitive whole ("one of the journalists"). */
  accused: string;
  /** One person or several, for "does"/"do". */
  single: boolean;
  charge: string;
  /** Where "accuse…" starts in the text: the accuser is the words before it. */
  index: number;
}

/**
 * "The letter accuses one of the journalists, Susanne Rust, of ignoring …": after "accuses one" the first
 * "of" is the partitive's, not the charge's, so "one" is nobody and "the journalists" no charge ("How does
 * one answer the accusation by the letter of the journalists?"). The accused is the partitive with its
 * noun, or the name the copy sets beside it; the charge is what the second "of" opens. Null when the target
 * is no partitive head; undefined when it is one but the sentence cannot be read so (no question then).
 */
export function partitiveAccused(text: string, target: string): PartitiveAccused | null | undefined {
  if (!PARTITIVE_HEAD.test(target)) return null;
  const match = PARTITIVE_ACCUSED.exec(text);
  if (!match || !PARTITIVE_HEAD.test(match[1]!.split(/\s+/)[0]!)) return undefined;
  const name = match[2]?.trim();
  const head = match[1]!.split(/\s+/)[0]!.toLowerCase();
  // "accused none of the officers", "denied he accused any of the staff": no one stands accused.
  if (NOBODY_HEAD.test(head)) return undefined;
  return {
    accused: name ?? match[1]!.trim(),
    single: name !== undefined || /^(?:one|each|either)$/.test(head),
    charge: match[3]!,
    index: match.index,
  };
}
