/**
 * A count standing for a noun the sentence named earlier ("nearly 200 more", "three others"): asked without that
 * earlier part, the question counts nothing ("Which officials say they have found nearly 200 more along the border …?"
 * for "Since the first drug tunnel was discovered …, border officials say they have found nearly 200 more …", sample
 * 45's #40). The noun is elided when what follows the count opens no noun: a preposition, a conjunction, a verb or
 * the end of a clause.
 */
const ELLIPTIC =
  /\b(?:\d[\d,.]*|dozens|hundreds|thousands|several|many|two|three|four|five|six|seven|eight|nine|ten)\s+(?:more|others)(?=[,.;:?]|\s+(?:along|across|in|on|at|of|from|to|by|over|since|and|or|but|last|this|each|were|are|have|had|who|that)\b)/;

/** A sentence opening on a fronted clause or phrase that ends at its first comma ("Since the first tunnel …, "). */
const FRONTED =
  /^(?:since|after|before|when|while|as|although|though|because|if|unless|until|in|on|at|by|for|with|during|despite|amid|among|from|under|over|like)\s+([^,]{3,160}),\s/i;

/** Whether the question holds an elided count whose noun only the fronted part of its sentence, left out, gives. */
export function ellipticCount(question: string, copy: string): boolean {
  if (!ELLIPTIC.test(question)) return false;
  const fronted = FRONTED.exec(copy)?.[1];
  if (fronted === undefined) return false;
  // The question keeps the fronted part when it holds its first words ("the first drug tunnel").
  return !question.includes(fronted.split(/\s+/).slice(0, 3).join(' '));
}
