import { escapeRegExp } from '../core/escape-reg-exp';
import { FEMALE_NAMES, MALE_NAMES } from '../core/first-names';
import { handFirstName } from '../core/hand-first-name';
import { surname as lastName } from '../core/mentions-entity';
import { RELATIVE } from '../core/relation-object';
import { isRoleHead } from '../core/role-heads';
import { TITLE_WORDS } from '../core/split-title';
import { foldApostrophes } from '../core/tokenize-words';

/**
 * Which listed who-is-who lines the issue asks for, judged from PolNeAR's annotation and the copy rather
 * than the engine's own rules: a person the annotators marked as the Source of an attribution, by name
 * ("Sen. Bob Corker, a Tennessee Republican", "Joel Pollak of Breitbart California"), or a person the copy
 * names twice or more. A politician named once in passing ("Sen. Rand Paul") is neither.
 */

/**
 * A name's word as the annotated spans write it: "McCaskill", "O’Neill" and "MacArthur" (a capital inside after a
 * Gaelic prefix), "Gonzàlez" and "Raúl" (letters outside ASCII), or an initial. Before session 49 the word was
 * [A-Z][a-z'’]+, so the annotators' "Sen. Claire McCaskill (D-Mo.)" named no one and a quoted source read as named once.
 */
const NAME_WORD = String.raw`(?:(?:Mc|Mac|O['’]|D['’])?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)*|\p{Lu}\.)`;
/** A generational suffix closing the name ("Vann R. Newkirk II"): the surname is the word before it. */
const SUFFIX = String.raw`(?:\s+(?:II|III|IV|Jr\.?|Sr\.?))?`;
/** A capitalised run that ends where a Source span's name ends: the span's end, a comma, "and", "who", "of"… */
const SOURCE_RUN = new RegExp(
  String.raw`${NAME_WORD}(?:\s+${NAME_WORD})*${SUFFIX}(?=$|\s*[,;:)]|\s*(?:--|—)|\s+(?:\(|and\b|who\b|of\b|at\b|from\b|said\b|says\b))`,
  'gu',
);
/** The same surname whichever apostrophe the copy or the annotation typed ("O'Neill", "O’Neill"). */
const sameSurname = (a: string, b: string): boolean => foldApostrophes(a) === foldApostrophes(b);
/** A surname as a pattern that matches either apostrophe. */
const surnamePattern = (last: string): string => escapeRegExp(last).replace(/['’]/g, "['’]");
const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/;

const knownFirst = (word: string | undefined): boolean => word !== undefined && handFirstName(word);

/** A given name's gender when the name lists place it on one side only: "m", "f", or "" when unknown or both. */
const gender = (name: string): string =>
  FEMALE_NAMES.has(name) === MALE_NAMES.has(name) ? '' : FEMALE_NAMES.has(name) ? 'f' : 'm';

/** The gender an honorific-only listing names: "Mr. Clinton" is a man, "Mrs. Clinton" a woman, "Dr. Clinton" either. */
function honorificGender(name: string): string {
  const word = name.trim().split(/\s+/)[0]!.replace(/\.$/, '');
  return word === 'Mr' ? 'm' : ['Mrs', 'Ms', 'Miss'].includes(word) ? 'f' : '';
}

/** The given name written, if any: "Mr. Obama" and "Obama" have none. */
function givenName(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  return words.length > 1 && !HONORIFIC.test(words[0]!) ? words[0] : undefined;
}

/** Where a Source span's head ends: a comma before a description, a relative, or a preposition. */
const HEAD_END = /,\s+(?=[a-z]|(?:the|a|an)\s)|\s+(?:who|which|whose|under|for|of|at|with)\s/;
/** A post written in capitals, then "of": "Secretary of State", "Former Secretary of State", "Mother of". */
const TITLE_OF = /^(?:\p{Lu}\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}*[^\Ws])\s+of\s+(?=\p{Lu})/u;
const RELATIVE_WORD = new RegExp(`^${RELATIVE}$`, 'i');

/**
 * The "of" is the post's own only after a title or a role's head ("Secretary of State John Kerry"); a relative's
 * ("Mother of Tom Hale", "Widow of Tom Hale, Ann Bell") names someone else (review 50 B-r50-12), and any other
 * capitalised noun ("Department of …") is no post.
 */
function postOf(span: string): RegExpExecArray | null {
  const title = TITLE_OF.exec(span);
  const word = title?.[1] ?? '';
  return (TITLE_WORDS.test(word) || isRoleHead(word)) && !RELATIVE_WORD.test(word) ? title : null;
}

/** The name runs of a head: "Trump campaign spokesman Jason Miller" -> Jason Miller. */
const runsOf = (head: string): Array<{ first?: string; last: string }> =>
  [...head.matchAll(SOURCE_RUN)].map((m) => {
    const words = m[0].split(/\s+/);
    const first = words.find((w) => knownFirst(w));
    return { ...(first ? { first } : {}), last: lastName(m[0]).replace(/['’]s$/, '') };
  });

/**
 * The names an annotated Source span holds as its head: "Trump campaign spokesman Jason Miller" names Jason Miller.
 * Where the head names no one with a given name, the span may still give the name whole after its description: after a
 * post's own "of" ("Secretary of State John F. Kerry") or as the last part, apposed ("A lawyer for the news outlets,
 * David Schulz,"); a name inside a description ("a spokesman for House Speaker Paul Ryan") is neither.
 */
function sourceNames(source: string): Array<{ first?: string; last: string }> {
  // The span's head only: "Peter Wehner, a former director … under President George W. Bush" names Wehner alone.
  const span = source.trim();
  const names = runsOf(span.split(HEAD_END)[0]!);
  if (names.some((n) => n.first)) return names;
  const title = postOf(span);
  if (title) names.push(...runsOf(span.slice(title[0].length).split(HEAD_END)[0]!));
  const apposed = span.replace(/,$/, '').split(/,\s+/);
  const last = apposed[apposed.length - 1]!;
  // The whole last part one name of two words or more: "…, Ina Kirsch," (a given name the hand lists lack).
  const whole = last.match(SOURCE_RUN);
  if (apposed.length > 1 && whole?.length === 1 && whole[0] === last && last.includes(' ')) names.push(...runsOf(last));
  return names;
}

/**
 * The listed person is a Source the annotators marked by name (a different known given name is someone else, and
 * "Mr. Clinton" is not Hillary Clinton: an honorific's gender must fit the source's given name, as in nameMentions).
 */
export function annotatedSource(listed: string, sources: string[]): boolean {
  const last = lastName(listed);
  const first = givenName(listed);
  const titled = first ? '' : honorificGender(listed);
  const fits = (n: { first?: string }): boolean =>
    first
      ? !n.first || !knownFirst(first) || n.first === first
      : !titled || !n.first || gender(n.first) === '' || gender(n.first) === titled;
  return sources.some((s) => sourceNames(s).some((n) => sameSurname(n.last, last) && fits(n)));
}

/**
 * How often the copy names the person: the surname as a name's last word ("Clinton said", not "Clinton
 * Foundation"); where the copy also names a namesake with another known given name ("Bill" beside "Hillary
 * Clinton"), only the full name counts, since the bare surname could be either.
 */
export function nameMentions(listed: string, copy: string): number {
  const last = lastName(listed);
  if (last.length < 2) return 0;
  const first = givenName(listed);
  const own = listed.trim().split(/\s+/).slice(0, -1);
  // "Biden Jr." is Biden named; "Clinton Foundation" is not Clinton.
  const surnameAt = `(?<![\\w'’-])${surnamePattern(last)}(?![\\w-])(?!\\s+(?![JS]r\\b)[A-Z][a-z])`;
  const namesakes = new Set(
    [...copy.matchAll(new RegExp(`\\b([A-Z][a-z]+)(?:\\s+[A-Z]\\.)*\\s+${surnameAt}`, 'g'))]
      .map((m) => m[1]!)
      // "Neil Eggleston" beside "W. Neil Eggleston" is he: a given name his own name writes is no namesake's.
      .filter((w) => knownFirst(w) && !own.includes(w)),
  );
  if (!first || namesakes.size === 0) return (copy.match(new RegExp(surnameAt, 'g')) ?? []).length;
  const full = copy.match(
    new RegExp(`\\b${escapeRegExp(first)}(?:\\s+(?:[A-Z]\\.|[A-Z][a-z'’-]+)){0,2}\\s+${surnameAt}`, 'g'),
  );
  // "Mrs. Clinton" beside Hillary and Bill Clinton is hers: the honorific's gender is hers alone.
  const sex = gender(first);
  const titled =
    sex !== '' && [...namesakes].every((n) => gender(n) !== sex)
      ? (copy.match(new RegExp(`\\b${sex === 'f' ? '(?:Mrs|Ms|Miss)' : 'Mr'}\\.?\\s+${surnameAt}`, 'g')) ?? [])
      : [];
  return (full ?? []).length + titled.length;
}

/**
 * Whether the list names the person the annotation calls by this surname: by a line's last word, or by its first
 * when that is no known given name nor an initial ("Xi Jinping" for the annotation's "President Xi", "Lou Jiwei"
 * for "Lou"). One rule for every line, read from the name lists, not from a list of family names; a thing that
 * starts with a surname ("Trump Tower") would match as the last word's "Against Trump" already does.
 */
export function listsSurname(names: readonly string[], surname: string): boolean {
  return names.some((name) => {
    const first = name.split(/\s+/)[0]!;
    const familyFirst = name.includes(' ') && !knownFirst(first) && !/\.$/.test(first);
    return lastName(name) === surname || (familyFirst && first === surname);
  });
}

/** Listed as the issue asks: an annotated source, or named twice or more. */
export function warrantedListing(listed: string, sources: string[], copy: string): boolean {
  return annotatedSource(listed, sources) || nameMentions(listed, copy) >= 2;
}

/**
 * The sources the annotation names, by surname, written in the copy after a known given name or a title
 * ("Hillary Clinton", "Mr. Trump"): the people the list should hold, whether named once or often.
 */
export function namedSources(sources: string[], copy: string): string[] {
  const surnames = new Set(sources.flatMap((s) => sourceNames(s).map((n) => n.last)));
  return [...surnames].filter((last) =>
    [...copy.matchAll(new RegExp(`\\b([A-Z][a-z]+)\\.? (?:[A-Z]\\. )?${escapeRegExp(last)}\\b`, 'g'))].some(
      (b) => knownFirst(b[1]) || /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator)$/.test(b[1]!),
    ),
  );
}
