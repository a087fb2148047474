import { OUTLET_WORDS } from './name-tables';
import { orgLike } from './people';

/**
 * The copy's credits, not anyone's signature: `Reporting by Jane Doe`, `Additional reporting by
 * ...`, `Editing by ...`, `Compiled by ...`, `Staff and agencies`, `Jane Doe contributed to this
 * report`.
 */
const CREDIT =
  /^[\s(]*(?:(?:additional|further|extra)\s+)?(?:reporting|reported|writing|written|editing|edited|compiled|research(?:ed)?|photos?|photographs?|photography|graphics|produced|production|translated|translation|fact-check(?:ing|ed)?|contributions?|contributed|illustrations?|video)\s+(?:by|from)\b|^[\s(]*(?:staff(?:\s+(?:reports?|writers?|reporters?))?|agencies|wires?)[\s.)]*$|\band\s+agencies\b|\bcontributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)\b/i;

const CREDITED =
  /\b(?:reporting|reported|writing|written|editing|edited|compiled|research(?:ed)?|photos?|photography|graphics|produced|translated|translation)\s+by\s+[^,;.:!?"“”]*$/i;

/**
 * Is the name at [start, end) of the sentence the one a credit line names (`Reporting by Jane Doe`,
 * `Editing By Priya Nair`)? A reporter or editor credited for the copy said none of its quotes.
 */
export function creditedName(text: string, start: number, end: number): boolean {
  return CREDITED.test(text.slice(Math.max(0, start - 40), end));
}

/** A name with an outlet's word in it: `Charlotte Observer`, `Associated Press`, `Durham Daily Press`. */
export function outletName(name: string): boolean {
  return name.split(/\s+/).some((w) => OUTLET_WORDS.has(w));
}

/** An organisation or an outlet: `Charlotte Observer`, `the Associated Press`, `Bloomberg News`. */
export function namesOutlet(name: string): boolean {
  const bare = name.replace(/^(?:the|The|THE)\s+/, '');
  return orgLike(bare) || outletName(bare);
}

/**
 * Is the line after a signature dash (`— Reuters`, `— Reporting by Jane Doe`) a credit line or an
 * outlet rather than a person who spoke? `signed` is the name read from it. Outlets and credit
 * lines are never speakers.
 */
export function creditLine(line: string, signed: string): boolean {
  const text = line.replace(/^\s*(?:\u2015|\u2014|\u2013|--?)\s*/u, '');
  return CREDIT.test(text) || namesOutlet(signed);
}
