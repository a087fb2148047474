/**
 * Long enough for the protagonists of a long political story (on PolNeAR train, people with two or
 * more annotated attributions listed: 8 -> 0.70, 12 -> 0.72, unlimited 0.74), short enough to read.
 */
export const MAX_PEOPLE = 12;

/**
 * Where the ranked list is cut: after `maxPeople` people shown with a role, and never past a third more lines. A name
 * with no role beside it ("Obama", named twice in passing) takes a line but no place from a source the copy
 * introduces with a role ("Jeff Weaver, Sanders' campaign manager") ranked behind it: on PolNeAR train 18 of 22
 * silver sources not listed ranked 13th–17th behind such names (session 22).
 */
export function whoIsWhoCut<T extends { role: string | null }>(ranked: readonly T[], maxPeople = MAX_PEOPLE): T[] {
  const maxLines = Math.floor((maxPeople * 4) / 3);
  const kept: T[] = [];
  let withRole = 0;
  for (const p of ranked) {
    if (withRole >= maxPeople || kept.length >= maxLines) break;
    kept.push(p);
    if (p.role) withRole++;
  }
  return kept;
}
