import { handFirstName } from './hand-first-name';
import { orgLike } from './org-like';
import { OUTLET_WORDS } from './outlet-words';
import type { PeopleIndex } from './people';

/**
 * The copy's credits, not anyone's signature: `Reporting by Jane Doe`, `Additional reporting by
 * ...`, `Editing by ...`, `Compiled by ...`, `Staff and agencies`, `Jane Doe contributed to this
 * report`.
 */
const CREDIT =
  /^[\s(]*(?:(?:additional|further|extra)\s+)?(?:reporting|reported|writing|written|editing|edited|compiled|research(?:ed)?|photos?|photographs?|photography|graphics|produced|production|translated|translation|fact-check(?:ing|ed)?|contributions?|contributed|illustrations?|video)\s+(?:by|from)\b|^[\s(]*(?:staff(?:\s+(?:reports?|writers?|reporters?))?|agencies|wires?)[\s.)]*$|\band\s+agencies\b|^[^,;:]{1,80}?\s+contributed\s+(?:to\s+)?(?:this|the)\s+(?:report|story|article)[\s.)]*$/i;

const CREDITED =
  /\b(?:reporting|reported|writing|written|editing|edited|compiled|research(?:ed)?|photos?|photography|graphics|produced|translated|translation)\s+by\s+[^,;.:!?"“”]*$/i;

/**
 * Is the name at [start, end) of the sentence the one a credit line names (`Reporting by Jane Doe`,
 * `Editing By Priya Nair`)? A reporter or editor credited for the copy said none of its quotes.
 */
function creditedName(text: string, start: number, end: number): boolean {
  return CREDITED.test(text.slice(Math.max(0, start - 40), end));
}

const isFirstName = (word: string): boolean => handFirstName(word);

/** What follows the name in a label: `Charlotte Observer: "..."`, `Raleigh Herald, editorial: "..."`. */
const OUTLET_LABEL = /^(?:,[^:"“”]{1,60})?:/;

/**
 * Is the name at [start, end) of the sentence one that said nothing: a name a credit line gives, or
 * an outlet's label read as a person (`Charlotte Observer: "..."`)? Never a candidate speaker.
 */
export function creditOrOutlet(text: string, start: number, end: number, name: string): boolean {
  return creditedName(text, start, end) || (outletName(name) && OUTLET_LABEL.test(text.slice(end)));
}

/**
 * A name that ends in an outlet's word: `Charlotte Observer`, `Associated Press`, `Durham Daily
 * Press`. Only at the end: `Medical Examiner Jane Doe` is a title and a person.
 */
function outletName(name: string): boolean {
  return OUTLET_WORDS.has(name.split(/\s+/).at(-1)!);
}

/**
 * An organisation or an outlet: `Charlotte Observer`, `the Associated Press`, `Bloomberg News`;
 * not a person the article knows as one ("Harbour master Jim Daily spoke ...").
 */
export function namesOutlet(name: string, index?: PeopleIndex): boolean {
  const bare = name.replace(/^(?:the|The|THE)\s+/, '');
  if (!orgLike(bare) && !outletName(bare)) return false;
  if (!index) return true;
  const known = index.lookup(bare);
  // A name the article's people do not include is a person's when it opens with a first name
  // (`BILL PRESS:` after "Two commentators, Bill Press and ..."); one it does include is a person's
  // when the prose gives them a role or a clause of their own ("Jim Daily said"): an outlet's label
  // alone (`Charlotte Observer: "..."`) is no such clause.
  if (!known) return !(bare.includes(' ') && isFirstName(bare.slice(0, bare.indexOf(' '))));
  return !known.role && !index.mentions.some((list) => list.some((m) => m.person === known && m.subject));
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
