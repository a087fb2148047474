import type { Entity } from './analysis-types';
import { FIRM } from './introduced-role';
import { DOCUMENT_HEADS, ORG_HEADS } from './org-heads';

/** A firm's legal form closing its name, after at least one word of its own. */
const LEGAL_FORM = /\s(?:Inc|LLC|LLP|PLLC|Ltd|Corp|Co|plc|PLC|GmbH|AG)\.?$/;

/** Sticky: tried at one offset of the sentence, so a roster of names is never copied once per name. */
const FIRM_AFTER = new RegExp(String.raw`\s+of\s+${FIRM}`, 'y');

/**
 * "Mitchell Abernathy of Croft Vanderhoek LLP": the firm written right after a person's name (`end`, the offset in
 * `sentence` where the name ends) in the legal and business press; the capitalised run holding both is read as the
 * person, and the firm would be lost. Null when no firm's legal form ends the words after "of".
 */
export function firmAfterName(sentence: string, end: number): string | null {
  FIRM_AFTER.lastIndex = end;
  return FIRM_AFTER.exec(sentence)?.[1] ?? null;
}

/**
 * "Your Honor", "His Excellency", "Her Majesty": a possessive determiner and one capitalised noun address someone, or
 * speak of them, by rank or office; no one is named, so the run is no person (audit 56, B-a56-23).
 */
export function formOfAddress(name: string): boolean {
  return /^(?:Your|His|Her|Their|Our|My)\s+\p{Lu}\p{Ll}+$/u.test(name);
}

/**
 * The people typed from a lone word that the copy also writes as the first word of a firm's name, its legal form last
 * ("Fieldwing sued Aerosow Technologies LLC" beside "drone maker Fieldwing Robotics Inc."): the lone word is the firm,
 * shortened as the copy shortens it, unless the copy gives the word a role ("President Obama" beside a body "Obama
 * Foundation Inc.") or a person's name it writes in full ends on it ("Sam Ford" beside "Ford Motor Co."). A body
 * with no legal form ("Fox News", "Obama administration") says nothing of a lone word. Returns those words: the
 * firm is listed once, under its full name.
 */
export function bodiesShortened(entities: readonly Entity[]): Set<string> {
  const firsts = new Set(
    entities.filter((e) => e.type === 'organization' && bodyNamedInFull(e.name)).map((e) => e.name.split(' ')[0]!),
  );
  const surnames = new Set(
    entities.filter((e) => e.type === 'person' && e.name.includes(' ')).map((e) => e.name.split(' ').at(-1)!),
  );
  return new Set(
    entities
      .filter(
        (e) => e.type === 'person' && !e.role && !e.name.includes(' ') && firsts.has(e.name) && !surnames.has(e.name),
      )
      .map((e) => e.name),
  );
}

/**
 * A body's full name the copy may shorten to its first word: a legal form last, or three words or more ending on a
 * body's head ("Crestmoor Value Fund", "Harlow Street Partners"), where the first word is the body's own coinage and
 * no family's ("Obama Foundation" is two words, and stays out).
 */
function bodyNamedInFull(name: string): boolean {
  if (LEGAL_FORM.test(name)) return true;
  const words = name.split(' ');
  return words.length >= 3 && ORG_HEADS.has(words.at(-1)!) && !DOCUMENT_HEADS.has(words.at(-1)!);
}
