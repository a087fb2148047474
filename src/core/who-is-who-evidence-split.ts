import { typedAsBody } from './who-is-who-body-evidence';
import { evidenceCopy, whoIsWhoPersonEvidence } from './who-is-who-person-evidence';

/**
 * The listed names the copy (headline too) shows as people's, and the ones it shows as bodies' instead (issue 13:
 * people only). "Politico responded", "Zero Hedge said": quoted is no person; "Brackwell Holdings said", "Kestle's
 * shares fell": a name with a body's evidence (`typedAsBody`) and no person's is an organisation, for the
 * organisations line. A name with neither ("Passengers at Heathrow said") is dropped from both.
 */
export function whoIsWhoEvidenceSplit<P extends { name: string; role: string | null }>(
  listed: readonly P[],
  title: string | undefined,
  text: string,
  sentences: readonly string[],
): { people: P[]; bodies: string[] } {
  // One apostrophe, made once per brief: "O'Neill" is also written "O’Neill".
  const copy = evidenceCopy(title ? `${title}\n${text}` : text);
  const read = sentences.map(evidenceCopy);
  const people: P[] = [];
  const bodies: string[] = [];
  for (const p of listed) {
    if (whoIsWhoPersonEvidence(p.name, p.role, copy, read)) people.push(p);
    else if (typedAsBody(evidenceCopy(p.name), copy) && !bodies.includes(p.name)) bodies.push(p.name);
  }
  return { people, bodies };
}
