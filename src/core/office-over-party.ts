import { abbreviatedOffice } from './abbreviated-title';

/**
 * "State Sen. Harlan Voss, a Republican who chairs the budget subcommittee,": the office the copy writes before the
 * name says what the person is, the party label after it only which side (the "office beats the party"), so
 * the role is the office written out, the party kept beside it: "State Senator (Republican)". An office that already
 * names the party ("Republican Sen. X, a Republican,") is shown alone.
 */
export function officeOverParty(party: string, name: string, text: string): string | null {
  const office = abbreviatedOffice(name, text);
  if (!office) return null;
  return office.split(/\s+/).includes(party) ? office : `${office} (${party})`;
}
