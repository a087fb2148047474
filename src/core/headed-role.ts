import { literalMatches, literalPattern } from './literal-matches';

/**
 * "Don Fowler, who helmed the DNC from 1995 to 1997,": a relative clause whose verb is heading a body the copy
 * names ("the DNC", "the Federal Reserve"), read to the clause's end. Other "who" clauses ("who said", "who led the
 * charge") tell what someone did, not who they are.
 */
const HEADED = literalPattern(
  '',
  ',\\s+who\\s+((?:helmed|headed|led|chaired|ran|founded|co-founded|directed|heads|leads|chairs|runs|directs)\\s+the\\s+[A-Z][^,.;:!?“”"]{1,60}?)(?=\\s*[,.;:!?]|\\s+(?:and|but)\\s)',
);

/** The body a person heads or headed, as the copy's relative clause says it ("who helmed the DNC from 1995 to 1997"). */
export function headedRole(name: string, text: string): string | null {
  const m = literalMatches(text, name, HEADED).next().value;
  return m ? `who ${m[1]}` : null;
}
