import { surname } from './mentions-entity';
import { singularOffice } from './singular-office';

/** A line, not a second list: a long political story introduces a dozen names once. */
const MAX_ALSO = 5;

interface Candidate {
  name: string;
  role: string | null;
  order: number;
  introduced?: boolean;
}

/**
 * Who is who is "every person quoted or named twice or more" (issue 13): someone the copy names once, given a role
 * after the name and saying nothing ("Tim Canova, a law professor, has the backing of…"), is no protagonist. On
 * PolNeAR train 80 of the 105 such lines were neither annotated sources nor named twice. The reader still meets
 * them, so they get their own short line, in the copy's order, after the people; never someone already listed,
 * nor a bare surname a listed person bears.
 */
export function whoIsWhoAlsoNamed(
  introduced: readonly Candidate[],
  listed: readonly { name: string }[],
): Array<{ name: string; role: string }> {
  // "Sanders" listed is "Bernie Sanders" introduced; "Hillary Clinton" listed is not "Bill Clinton".
  const taken = new Set(listed.map((p) => p.name));
  const seen = new Set<string>();
  return introduced
    .filter((p) => p.role && p.name.includes(' ') && !taken.has(p.name) && !taken.has(surname(p.name)))
    .filter((p) => !seen.has(p.name) && !!seen.add(p.name))
    .sort((a, b) => a.order - b.order)
    .slice(0, MAX_ALSO)
    .map((p) => ({ name: p.name, role: singularOffice(p.role)! }));
}
