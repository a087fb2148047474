import { escapeRegExp } from './escape-reg-exp';
import { firstNameGender } from './first-name-gender';
import { type Gender, HONORIFICS } from './honorifics';
import { WORD_EDGE } from './latin-letters';
import { surname } from './mentions-entity';
import { personNoun } from './person-noun';
import { splitTitle } from './split-title';

/** A sentence's stop: after a word, not after "Mr." or an initial. */
const STOP = /(?<![A-Z]|\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr))[.!?]["”’]?\s/g;

/** The copy last read and the words before each ", his " or ", her " in it: who is who asks once per person. */
let spotted: { text: string; before: string[] } | undefined;
function ownedSpots(text: string): string[] {
  if (spotted?.text !== text)
    spotted = {
      text,
      before: [...text.matchAll(/, (?:his|her) /g)].map((m) => text.slice(Math.max(0, m.index - 80), m.index)),
    };
  return spotted.before;
}

/** The sex a full name's given name or the form of address before it says, or null. */
function sexOf(full: string, text: string): Gender | null {
  const given = firstNameGender(full.split(/\s+/)[0]!);
  if (given) return given;
  const addressed = new RegExp(`${WORD_EDGE}(\\p{Lu}[\\p{L}]*)\\.?\\s+${escapeRegExp(full)}${WORD_EDGE}`, 'u').exec(
    text,
  )?.[1];
  return addressed ? (HONORIFICS.get(addressed) ?? null) : null;
}

/**
 * "Peter Kane, 70, died on Sunday. Mrs Ruth Kane, his wife, said …": an apposition of "his"/"her" and a WordNet person
 * noun after the name ("his wife", "her lawyer") says whose only through the pronoun, and the list cannot show a
 * pronoun (own-role.ts drops a bare relation). The one person named in full in the sentence before and in this one up
 * to the name, of the pronoun's sex where the copy tells it, is the owner: "Peter Kane's wife". With none or two the
 * antecedent is uncertain, and null leaves the role as the other readings give it. The named person is never their
 * own owner, though a namesake who shares the surname may be ("Mrs Ruth Kane, his wife").
 */
export function pronounOwnedApposition(
  name: string,
  text: string,
  fullBySurname: ReadonlyMap<string, readonly string[]>,
): string | null {
  if (!ownedSpots(text).some((before) => before.endsWith(name))) return null;
  const at = text.indexOf(`${name}, `);
  const m = new RegExp(
    `^${escapeRegExp(name)},\\s+(his|her)\\s+((?:[a-z][\\w-]*\\s+){0,2}([a-z][\\w-]*))\\s*[,.]`,
  ).exec(text.slice(at));
  if (!m || !personNoun(m[3]!)) return null;
  const stops = [...text.slice(Math.max(0, at - 600), at).matchAll(STOP)].map((s) => s.index + s[0].length);
  const from = Math.max(0, at - 600) + (stops.length >= 2 ? stops[stops.length - 2]! : 0);
  const window = text.slice(from, at);
  const sex = m[1] === 'his' ? 'male' : 'female';
  const word = (w: string) => new RegExp(`(?<![\\w'’-])${escapeRegExp(w)}(?![\\w-])`).test(window);
  // Anyone the window names, in full or by a surname that is no namesake's of the person named here.
  const fullNames = [...new Set([...fullBySurname.values()].flat().map((f) => splitTitle(f).bare))];
  const named = fullNames.filter(
    (f) => f !== name && f.includes(' ') && (word(f) || (surname(f) !== surname(name) && word(surname(f)))),
  );
  const owners = named.filter((f) => (sexOf(f, text) ?? sex) === sex);
  const owner = owners[0];
  // "Mark Bonello and Paul Grech appeared …": another run of capitalised words, a person the finder left out, may be
  // the one the pronoun stands for.
  const runs = [...window.matchAll(/\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu)].map((r) => r[0]);
  if (owners.length !== 1 || runs.some((r) => !r.endsWith(owner!))) return null;
  return `${owner}${owner!.endsWith('s') ? '’' : '’s'} ${m[2]}`;
}
