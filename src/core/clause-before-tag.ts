import { verbFormKind } from './verb-form-kind';

/** Words after which an "-ed" form modifies a noun ("the retired teacher", "an unnamed aide"): no finite verb. */
const NOUN_OPENER =
  /^(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|of|for|by|with|from|in|on|at|to|and|or|most|more|very|newly)$/i;
/** A noun phrase apposed after the clause, the verb's own subject: "…, a spokeswoman, Ana Ruiz, said". */
const APPOSED_SUBJECT = /^(?:(?:the|a|an|his|her|its|their|our)\s|\p{Lu})/u;
/** A clause of its own opening after the first: "…, as Ana Ruiz, contradicting him, said". */
const NEW_CLAUSE = /^(?:as|while|when|after|before|because|since|but|and|although|though|if)\s/;

/** A later part that gives "said" a subject of its own: a noun phrase with no participle, or a new clause. */
function ownSubject(part: string): boolean {
  return NEW_CLAUSE.test(part) || (APPOSED_SUBJECT.test(part) && !/\b[a-z]{2,}ing\b/.test(part));
}

/**
 * Whether the words before ", said" are a clause of their own rather than its subject: "Councillors met on Monday, said
 * two of the officials." Their first part (before any comma, relative word or quotation) has a subject and a finite
 * verb after it: an auxiliary, an irregular past, or another past ("sold", "walked") not after a determiner or a
 * preposition (verb-form-kind.ts); "-s" forms are left out, a plural reads the same ("the news outlets"). A noun
 * phrase apposed after the clause is the verb's subject and keeps it ("Facebook built the tool, a spokeswoman, Ana
 * Ruiz, said"), as a new clause does ("…, as Ana Ruiz, contradicting him, said"); an "including …" or other
 * participle's phrase is no subject. Audit 50, B-a50-2.
 */
export function clauseBeforeTag(phrase: string): boolean {
  const parts = phrase.split(',').map((p) => p.trim());
  if (parts.slice(1).some(ownSubject)) return false;
  const head = parts[0]!.split(/\s(?:who|whom|whose|which|that)\s/i)[0]!;
  const words = head.split(/\s+/).filter((w) => w !== '');
  return words.some((word, i) => {
    if (i === 0) return false;
    const kind = verbFormKind(word);
    if (kind === 'auxiliary' || kind === 'irregular') return true;
    const past = kind === 'nominal' || (kind === 'regular' && word.endsWith('ed'));
    return past && !NOUN_OPENER.test(words[i - 1]!);
  });
}
