import { FEMALE_NAMES, MALE_NAMES } from '../core/first-names';
import { generationalSuffix } from '../core/generational-suffix';
import { surname as lastName } from '../core/mentions-entity';
import { bareName } from './whole-person';

/**
 * Whether two lines of one who-is-who list name the same person, so the second is a duplicate a reader must skip:
 * the same surname, and given names that cannot be two people's — the same word, one the other's short form
 * ("Pete" and "Peter"), an initial of the other ("J. Bush" beside "Jeb Bush"), or one line with no given name at
 * all ("Bush" or "Mr. Bush" beside "Jeb Bush"), unless an honorific's gender is not the given name's ("Mr. Obama"
 * beside "Michelle Obama" is Barack). "Jeb Bush" and "George W. Bush" are two people (different given names), and so
 * are two middle names or generational suffixes ("George H.W. Bush", "Donald Trump Jr.").
 * Short forms that are not prefixes ("Bill" for "William") are not read: this says less rather than guess.
 */

const HONORIFIC_GENDER: Record<string, string> = { Mr: 'm', Mrs: 'f', Ms: 'f', Miss: 'f' };

function gender(listed: string): string {
  const first = listed.trim().split(/\s+/)[0]!;
  const titled = HONORIFIC_GENDER[first.replace(/\.$/, '')];
  if (titled) return titled;
  return FEMALE_NAMES.has(first) === MALE_NAMES.has(first) ? '' : FEMALE_NAMES.has(first) ? 'f' : 'm';
}

const givenName = (bare: string): string | undefined => {
  const words = bare.split(/\s+/);
  return words.length > 1 ? words[0] : undefined;
};

function sameGiven(a: string, b: string): boolean {
  const initial = (x: string, y: string): boolean => /^[A-Z]\.$/.test(x) && y.startsWith(x[0]!);
  const short = (x: string, y: string): boolean => x.length >= 3 && y.startsWith(x);
  return a === b || initial(a, b) || initial(b, a) || short(a, b) || short(b, a);
}

/** The words between the given name and the surname: "W." in "George W. Bush", "H.W." in "George H.W. Bush". */
const middleOf = (bare: string): string => {
  const words = bare.split(/\s+/);
  return words.slice(1, generationalSuffix(bare) ? -2 : -1).join(' ');
};

export function sameListedPerson(a: string, b: string): boolean {
  const bareA = bareName(a);
  const bareB = bareName(b);
  if (lastName(bareA) !== lastName(bareB)) return false;
  const ga = givenName(bareA);
  const gb = givenName(bareB);
  // "George W. Bush" and "George H.W. Bush", "Duncan Hunter" and "Duncan Hunter Sr.": father and son.
  const [ma, mb] = [middleOf(bareA), middleOf(bareB)];
  if (generationalSuffix(bareA) !== generationalSuffix(bareB) || (ma && mb && ma !== mb)) return false;
  if (ga && gb) return sameGiven(ga, gb);
  const [sexA, sexB] = [gender(a), gender(b)];
  return sexA === '' || sexB === '' || sexA === sexB;
}
