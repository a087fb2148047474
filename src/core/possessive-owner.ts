import { bodyHead } from './body-head';
import { escapeRegExp } from './escape-reg-exp';
import { finiteVerbOpener } from './finite-verb-opener';
import { firstNameGender } from './first-name-gender';
import { handFirstName } from './hand-first-name';
import { HONORIFICS } from './honorifics';
import { WORD_EDGE } from './latin-letters';
import { NOT_A_NOUN } from './not-a-noun';
import { orgHeadNoun } from './org-head-noun';
import { PLACES } from './place-words';
import { TITLE_WORDS } from './split-title';

/** A capitalised run, "of" or "for" allowed inside ("Bank of England"), a possessive ending dropped after. */
const RUN = /\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+(?:(?:of|for)\s+)?\p{Lu}[\p{L}\p{M}'’.-]*)*/gu;
/** The stop that ends the sentence before: after a word, not after "Mr." or "U.S.". */
const STOP = /(?<![A-Z]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Sgt|Capt|Col|St|Jr|Sr|No|Inc|Corp|Ltd|Co))[.!?]["”’]?\s/g;

const known = (word: string): boolean => handFirstName(word);
const MALE_TITLE = /^(?:Mr|Sir|Lord|King|Prince)\.?$/;
const FEMALE_TITLE = /^(?:Mrs|Ms|Miss|Dame|Lady|Queen|Princess)\.?$/;

/** Whether a run's title or given name rules the pronoun out ("Ruth Galvin … His campaign manager"). */
function pronounRuledOut(words: string[], pronoun: string): boolean {
  const male = words.some((w) => MALE_TITLE.test(w) || firstNameGender(w) === 'male');
  const female = words.some((w) => FEMALE_TITLE.test(w) || firstNameGender(w) === 'female');
  if (male === female) return false;
  return /^his$/i.test(pronoun) ? female : male;
}
const titleWord = (word: string): boolean => HONORIFICS.has(word.replace(/\.$/, '')) || TITLE_WORDS.test(word);

/** The surname a run names a person by ("President Obama", "Bernie Sanders", "Sanders" the copy writes in full). */
function personKey(words: string[], text: string): string | null {
  const bare = words.slice(words.findIndex((w) => !titleWord(w)));
  const last = bare[bare.length - 1];
  if (!last || bodyHead(last) || bare.some((w) => /^(?:of|for)$/.test(w))) return null;
  if (bare.length < words.length || (bare.length > 1 && known(bare[0]!))) return last;
  if (bare.length > 1) return null;
  for (const m of text.matchAll(
    new RegExp(`${WORD_EDGE}(\\p{Lu}[\\p{L}]*)\\.? ${escapeRegExp(last)}${WORD_EDGE}`, 'gu'),
  ))
    if (known(m[1]!) || titleWord(m[1]!)) return last;
  return null;
}

/**
 * "The library board", "The parish council": the sentence's opening "The" and up to two lower-case words, the last a
 * noun WordNet heads organisations' names with (org-head-noun.ts) and the subject's head: what follows it is a
 * comma, a finite verb (verb-form-kind.ts) or a word no noun phrase continues with. "The board member", "The
 * committee report", "The union hall" are a person or a thing the body word only modifies (review R56-2).
 */
function commonBody(sentence: string): string | null {
  const opening = /^\s*The\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?=[\s,;])/.exec(sentence);
  const words = opening?.[1]?.split(/\s+/) ?? [];
  const at = words.findLastIndex((w) => orgHeadNoun(w[0]!.toUpperCase() + w.slice(1)));
  if (at < 0) return null;
  const subject = words.slice(0, at + 1).join(' ');
  const rest = sentence.slice(opening!.index + opening![0].indexOf(subject) + subject.length);
  const next = /^\s*([a-z]+)/.exec(rest)?.[1];
  const headed =
    next === undefined ? /^\s*[,;]/.test(rest) : next !== 'of' && (NOT_A_NOUN.test(next) || finiteVerbOpener(rest));
  return headed ? `the ${subject}` : null;
}

/**
 * "The Harbour Trust met on Monday. Its secretary, Grace Obi, said…" -> "secretary of the Harbour Trust"; "Sanders
 * won six of seven contests. His campaign manager, Jeff Weaver, said…" -> "Sanders' campaign manager". The owner is
 * the one organisation ("its") or person ("his", "her") the sentence before and this one up to the pronoun
 * name: with two or none the antecedent is uncertain and the bare role stays. `at` is where the pronoun stands.
 */
export function possessiveOwner(pronoun: string, role: string, name: string, text: string, at: number): string {
  // The sentence before the pronoun's and the pronoun's own, up to it: from the last stop but one (or as far back
  // as the window reads, past two long sentences).
  const from = Math.max(0, at - 600);
  const stops = [...text.slice(from, at).matchAll(STOP)].map((m) => from + m.index + m[0].length);
  const start = stops.length >= 2 ? stops[stops.length - 2]! : from;
  // "Their" takes plurals the copy writes in lower case ("the families… Their lawyer"): never certain, kept bare.
  if (/^their$/i.test(pronoun)) return role;
  const body = /^its$/i.test(pronoun);
  const owners = new Map<string, string>();
  // "The library board has not taken a position. Its chair, X,": a body named by a lower-case noun WordNet heads
  // organisations' names with ("board", "committee") opening the sentence before is an owner as a named one is.
  const subject = body ? commonBody(text.slice(start, at)) : null;
  if (subject) owners.set(subject, subject);
  // "The museum, owned by Kestrel Council, closed. Its secretary": another common noun opening the sentence takes "its".
  else if (body && /^\s*(?:The|A|An)\s+[a-z]/.test(text.slice(start, at))) return role;
  const own = name.split(/\s+/).pop();
  for (const m of text.slice(start, at).matchAll(RUN)) {
    const words = m[0].replace(/['’]s?$/, '').split(/\s+/);
    if (words[0] === 'The') words.shift();
    if (words.length === 0) continue;
    if (body) {
      // "The RAC said … Its head of policy, X,": a body the copy names by its acronym alone is an owner too.
      const acronym = words.length === 1 && /^[A-Z]{3,6}$/.test(words[0]!) && !PLACES.has(words[0]!);
      if ((bodyHead(words[words.length - 1]!) && words.length > 1) || acronym) {
        const org = words.join(' ');
        owners.set(org, new RegExp(`\\bthe ${escapeRegExp(org)}`, 'i').test(text) ? `the ${org}` : org);
      }
    } else {
      const key = personKey(words, text);
      // A person the pronoun cannot stand for leaves the antecedent unnamed (someone else's manager): say less.
      if (key && key !== own && pronounRuledOut(words, pronoun)) return role;
      if (key && key !== own) owners.set(key, key);
    }
  }
  if (owners.size !== 1) return role;
  const owner = [...owners.values()][0]!;
  return body ? `${role} of ${owner}` : `${owner}${owner.endsWith('s') ? '’' : '’s'} ${role}`;
}
