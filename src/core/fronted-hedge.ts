import { dropLeading } from './question-clauses';

/**
 * A hedge inside a participle phrase that opens the sentence ("Fueled apparently by frustration with Obama, Trump
 * explained …", "Reportedly angered by the ruling, the council …"): the hedge doubts the phrase (a motive, a manner),
 * not the main clause after its comma, and the phrase holds no subject or verb of its own, so neither is a claim to
 * ask "Can it be confirmed that …?" about (sample 38's #50). A hedge standing alone before the comma ("Reportedly,
 * he made …") doubts the whole clause and is not this. Reads only the words before the first comma.
 */
const HEDGE = /^(?:reportedly|allegedly|apparently|purportedly|supposedly)$/i;

/** A past or present participle: a regular "-ed"/"-ing" form, or a common irregular past participle. */
const PARTICIPLE =
  /^(?:[a-z]{2,}(?:ed|ing)|born|known|held|led|made|given|taken|told|driven|shaken|seen|caught|sent|left|bought|brought|chosen|written)$/i;

/**
 * Prepositions that open a fronted phrase with no clause of its own: "With the economy growing and its popularity
 * apparently high, Ethiopia held elections" doubts the popularity, not the election (sample 43's #40).
 */
const FRONTED_PREPOSITION = /^(?:with|without|amid|amidst|despite|given)$/i;

function hedgeInOpeningPhrase(text: string): boolean {
  const comma = text.indexOf(',');
  if (comma < 0) return false;
  const words = text.slice(0, comma).trim().split(/\s+/);
  const rest = words.filter((w) => !HEDGE.test(w));
  return (
    rest.length > 0 &&
    rest.length < words.length &&
    (PARTICIPLE.test(rest[0]!) || (FRONTED_PREPOSITION.test(rest[0]!) && !HEDGE.test(words[0]!)))
  );
}

/** Also after a fronted time phrase ("In May 2005, with …"), which the question drops before reading the clause. */
export function frontedHedge(text: string): boolean {
  return hedgeInOpeningPhrase(text) || hedgeInOpeningPhrase(dropLeading(text));
}
