import type { Analysis } from './analysis-types';
import { contentTerms } from './tokenize-words';

/**
 * A reader names a person the way people say them ("why won't Bernie take the band's money?") where the copy, after
 * its first mention, writes the surname ("Sanders said …"): per name term of the question, the other terms of the
 * one article person whose name holds it. Only when one person's name holds the term, only the words no other
 * person's name holds ("Bill" never reaches "Clinton" in copy naming Hillary Clinton too), and only words the
 * question does not say itself ("Larry King" is matched by "Mr. King" once, not twice).
 */
export function nameVariants(
  analysis: Analysis,
  nameTerms: ReadonlySet<string>,
  asked: readonly string[],
): Map<string, readonly string[]> {
  const names = [...new Set(analysis.entities.filter((e) => e.type === 'person').map((e) => e.name))].map((name) =>
    contentTerms(name),
  );
  // A shorter mention of a fuller name ("Sanders" beside "Bernie Sanders") is the same person, not a second holder.
  const people = names.filter(
    (terms) => !names.some((other) => other.length > terms.length && terms.every((t) => other.includes(t))),
  );
  const holders = new Map<string, number>();
  for (const terms of people) for (const t of new Set(terms)) holders.set(t, (holders.get(t) ?? 0) + 1);
  const out = new Map<string, readonly string[]>();
  for (const term of nameTerms) {
    const own = people.filter((terms) => terms.includes(term));
    if (own.length !== 1) continue;
    const others = own[0]!.filter((t) => !asked.includes(t) && holders.get(t) === 1);
    if (others.length > 0) out.set(term, others);
  }
  return out;
}
