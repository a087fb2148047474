/**
 * An office that says nothing without its department: "Secretary" (of State), "Minister" (of Finance),
 * "Director" (of the FBI). "Secretary Clinton" is how copy addresses her; as her role it is a cut fragment.
 */
export function lacksDepartment(office: string): boolean {
  return /^(?:Former )?(?:Secretary|Undersecretary|Minister|Director)$/.test(office);
}
