import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeRegExp } from '../core/escape-reg-exp';
import { handFirstName } from '../core/hand-first-name';
import { surname as lastName } from '../core/mentions-entity';
import { whoIsWho } from '../core/who-is-who';
import type { EvalOptions } from './eval-corpus';
import { listsSurname, namedSources, warrantedListing } from './listed-people';
import { sameListedPerson } from './same-listed-person';
import { wholePerson } from './whole-person';

/**
 * Who-is-who roles scored against silver labels taken from the PolNeAR attribution annotation:
 * a Source span written "Name, role" ("Brian Fallon, the campaign’s press secretary,") names a
 * person and the role the copy gives that person. The annotators marked these spans by hand, so
 * the labels do not come from the engine's own apposition rules.
 */
export interface RoleScore {
  split: string;
  articles: number;
  /** Distinct (article, person) pairs with a silver role. */
  people: number;
  /** Of those, how many the who-is-who lists (the protagonist is present). */
  listed: number;
  /** Of the listed, how many get a role at all. */
  withRole: number;
  /** Of the roles given, how many are the silver role (its head word, no word from elsewhere). */
  right: number;
  /** Of the right ones, how many are whole: at least 80% of the silver role's words. */
  whole: number;
  /** right / withRole: what a reader sees is correct. */
  precision: number;
  /** right / listed: a missing role counts as not right. */
  accuracy: number;
  /** Distinct (article, surname) pairs of named people the annotation gives two or more attributions. */
  protagonists: number;
  /** Of those, how many the who-is-who lists (by surname). */
  protagonistsListed: number;
  /** People lines listed over every annotated article of the split. */
  listedLines: number;
  /**
   * Of those, how many the issue asks for: a whole person (`whole-person.ts`), listed for the first time, and an
   * annotated source by name or named twice or more (`listed-people.ts`).
   */
  listedWarranted: number;
  /** Lines that name, whole, a person an earlier line of the same list names (`same-listed-person.ts`). */
  duplicates: number;
  /** Lines that are no whole person: "Against Sanders", "Team Clinton", "Politico". */
  nonPersons: number;
  /** listedWarranted / listedLines: how many of the names shown belong in the list. */
  listedPrecision: number;
  /** Distinct (article, surname) pairs of sources the annotation names, written after a given name or title. */
  sources: number;
  /** Of those, how many the who-is-who lists (by surname): the recall that keeps the precision honest. */
  sourcesListed: number;
}

interface SilverRole {
  name: string;
  role: string;
}

const NAME = /^((?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.)){1,3}),\s+(.+)$/;
/** A role opens with an article or a lower-case word ("executive director of …"), not "who" or "of Springfield". */
const ROLE_START = /^(?:(?:a|an|the)\s|(?!who\b|which\b|whose\b|of\b|in\b|from\b|and\b|at\b)[a-z])/;
// A closing quote mark ("Destiny and Power''") is no part of the word before it; an inner apostrophe is.
const WORD = /[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?/g;
const SMALL = new Set('a an the of for at in on to and with who by from its his her their'.split(' '));

/** "Brian Fallon, the campaign’s press secretary," -> { name: "Brian Fallon", role: "the campaign’s press secretary" }. */
export function silverRole(source: string): SilverRole | null {
  const m = NAME.exec(source.trim());
  if (!m) return null;
  // The role ends where a relative clause or a second apposition starts.
  const role = m[2]!
    .split(/,|\s+(?:who|which|whose|--|—)\s/)[0]!
    .trim()
    .replace(/[.,;:]+$/, '');
  if (!ROLE_START.test(role) || role.split(/\s+/).length > 14) return null;
  return { name: m[1]!, role };
}

function words(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace('’', "'"));
}

/** The role's head noun: the last word before "of/for/at/…" ("executive director of AROS" -> "director"). */
function headOf(role: string): string | null {
  const ws = words(role);
  const cut = ws.findIndex((w, i) => i > 0 && /^(?:of|for|at|in|on|to|with|from|who|and)$/.test(w));
  const head = (cut > 0 ? ws.slice(0, cut) : ws).filter((w) => !SMALL.has(w)).pop();
  return head ?? null;
}

/** Right: the engine's role carries the silver head word and nothing much from elsewhere in the copy. */
export function judgeRole(given: string, silver: string): { right: boolean; whole: boolean } {
  const head = headOf(silver);
  const g = words(given).filter((w) => !SMALL.has(w));
  const s = new Set(words(silver).filter((w) => !SMALL.has(w)));
  if (!head || g.length === 0) return { right: false, whole: false };
  const inside = g.filter((w) => s.has(w)).length / g.length;
  const right = g.includes(head) && inside >= 0.8;
  const covered = [...s].filter((w) => g.includes(w)).length / Math.max(1, s.size);
  return { right, whole: right && covered >= 0.8 };
}

/** Same surname, and the listed first name among the silver name's words ("Senator Jeff Sessions"). */
function sameName(listed: string, silver: string): boolean {
  // A generational suffix is not the surname: "Joseph R. Biden Jr." is Biden.
  const a = listed.split(/\s+/);
  const b = silver.split(/\s+/);
  return lastName(listed) === lastName(silver) && (a.length === 1 || b.includes(a[0]!));
}

/** A Source span that is a name: "Sen. Bob Corker", "Trump", "Hillary Clinton" (not "he", "officials"). */
const SOURCE_NAME =
  /^(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator)\.?\s+)?((?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.)){0,3})$/;

/**
 * The protagonists by the annotation: surnames that are the source of two or more attributions,
 * counted only when the copy writes the surname after a known first name or a title ("Hillary
 * Clinton", "Mr. Trump"), so "Democrats" or "Police" are not people.
 */
export function protagonistsOf(sources: string[], text: string): string[] {
  const count = new Map<string, number>();
  for (const source of sources) {
    const m = SOURCE_NAME.exec(source.trim());
    if (!m) continue;
    const surname = m[1]!
      .split(/\s+/)
      .pop()!
      .replace(/['’]s$/, '');
    count.set(surname, (count.get(surname) ?? 0) + 1);
  }
  return [...count]
    .filter(([surname, n]) => {
      if (n < 2) return false;
      const before = new RegExp(`\\b([A-Z][a-z]+)\\.? (?:[A-Z]\\. )?${escapeRegExp(surname)}\\b`, 'g');
      return [...text.matchAll(before)].some(
        (b) => handFirstName(b[1]!) || /^(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|President|Senator)$/.test(b[1]!),
      );
    })
    .map(([surname]) => surname);
}

/** Scores whoIsWho roles on one PolNeAR split against the annotated "Name, role" sources. */
export function scoreRoles(options: EvalOptions & { split: 'train' | 'dev'; limit?: number }): RoleScore {
  const dir = join(options.evalDir, 'polnear');
  const articleDir = join(dir, 'article', options.split);
  const files = existsSync(articleDir)
    ? readdirSync(articleDir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
    : [];
  const score: RoleScore = {
    split: options.split,
    articles: 0,
    people: 0,
    listed: 0,
    withRole: 0,
    right: 0,
    whole: 0,
    precision: 0,
    accuracy: 0,
    protagonists: 0,
    protagonistsListed: 0,
    listedLines: 0,
    listedWarranted: 0,
    duplicates: 0,
    nonPersons: 0,
    listedPrecision: 0,
    sources: 0,
    sourcesListed: 0,
  };
  for (const file of files.slice(0, options.limit ?? files.length)) {
    const name = file.slice(0, -4);
    const annPath = join(dir, 'attributions', options.split, `${name}.ann`);
    if (!existsSync(annPath)) continue;
    const silver = new Map<string, string>();
    const sources: string[] = [];
    for (const line of readFileSync(annPath, 'utf8').split('\n')) {
      const [, kind, text] = line.split('\t');
      if (!kind?.startsWith('Source ') || !text) continue;
      sources.push(text);
      const label = silverRole(text);
      if (label && !silver.has(label.name)) silver.set(label.name, label.role);
    }
    const copy = readFileSync(join(articleDir, file), 'utf8');
    const protagonists = protagonistsOf(sources, copy);
    const who = whoIsWho(options.analyze(copy));
    const names = who.people.map((p) => p.name);
    const listed = (surname: string): boolean => listsSurname(names, surname);
    for (const surname of protagonists) {
      score.protagonists++;
      if (listed(surname)) score.protagonistsListed++;
    }
    for (const surname of namedSources(sources, copy)) {
      score.sources++;
      if (listed(surname)) score.sourcesListed++;
    }
    const persons: string[] = [];
    for (const p of who.people) {
      score.listedLines++;
      if (!wholePerson(p.name, sources, copy)) {
        score.nonPersons++;
        continue;
      }
      if (persons.some((q) => sameListedPerson(q, p.name))) score.duplicates++;
      else if (warrantedListing(p.name, sources, copy)) score.listedWarranted++;
      persons.push(p.name);
    }
    if (silver.size === 0) continue;
    score.articles++;
    for (const [person, role] of silver) {
      score.people++;
      const entry = who.people.find((p) => sameName(p.name, person));
      if (!entry) continue;
      score.listed++;
      if (!entry.role) continue;
      score.withRole++;
      const verdict = judgeRole(entry.role, role);
      if (verdict.right) score.right++;
      if (verdict.whole) score.whole++;
    }
  }
  score.precision = score.withRole === 0 ? 0 : score.right / score.withRole;
  score.accuracy = score.listed === 0 ? 0 : score.right / score.listed;
  score.listedPrecision = score.listedLines === 0 ? 0 : score.listedWarranted / score.listedLines;
  return score;
}
