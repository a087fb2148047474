import type { Entity } from './analysis-types';
import { relatedStems } from './answer-lexicon';
import { mentionsEntity } from './mentions-entity';
import { ORG_HEADS } from './org-heads';
import { STOPWORDS, stemOf } from './tokenize-words';

/**
 * Whose a noun phrase is, without a parse: "the RNC's 216 staffers" and "the chairman of the RNC" are the
 * Republican National Committee's, and so is "the committee" when the article named that committee last;
 * "the senator" is the person the article titled Sen. or Senator. News copy names a person or body once in
 * full and then by a common noun, so a sentence's subject is often a description that only its antecedent
 * makes someone's.
 */

export interface PhraseOwnerContext {
  /** The article's sentences before the phrase's own, in order (the nearest last). */
  before: readonly string[];
  /** The phrase's own sentence up to the phrase ("" when it opens the sentence). */
  lead: string;
  /** The people and bodies the engine found. */
  entities: readonly Entity[];
}

const DEFINITE = /^(?:the|this|that|these|those)$/i;
/** "X's N", "X' N": the possessor ends on the apostrophe. */
const POSSESSIVE = /^(.+?)['’]s?$/;
/** Abbreviated offices the copy puts before a person's name, with the noun a later description uses. */
const OFFICE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  senator: 'Sen',
  representative: 'Rep',
  congressman: 'Rep',
  congresswoman: 'Rep',
  governor: 'Gov',
  general: 'Gen',
};

const wordsOf = (text: string): string[] => text.match(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*/gu) ?? [];
const singular = (word: string): string => word.toLowerCase().replace(/(?<=[^s])s$/, '');

/** The stems a head noun may name an antecedent by: its own and WordNet's synonyms of it ("panel", "committee"). */
function headStems(head: string): Set<string> {
  const stem = stemOf(singular(head));
  return new Set([stem, ...relatedStems(stem)]);
}

/**
 * Does this person or body answer to the head noun: a word of its name ("the committee"), WordNet's synonym
 * of the organisation word its name ends on ("the panel" for a Committee), its role's last word ("the treasurer"), or the office
 * the copy abbreviates before its name ("the senator" for Sen. Okafor). Synonyms of any other word reach too far
 * ("job" and "command").
 */
function answersTo(entity: Entity, head: string, stems: Set<string>, copy: string): boolean {
  const own = stemOf(singular(head));
  const words = wordsOf(entity.name);
  const name = words.map((w) => stemOf(singular(w)));
  const last = words.at(-1) ?? '';
  if (name.includes(own) || (ORG_HEADS.has(last) && stems.has(stemOf(singular(last))))) return true;
  const role = wordsOf(entity.role ?? '').at(-1);
  if (role !== undefined && stemOf(singular(role)) === own) return true;
  const office = OFFICE_ABBREVIATIONS[singular(head)];
  return office !== undefined && entity.type === 'person' && copy.includes(`${office}. ${entity.name}`);
}

/** The one person or body a text names among these, null for none or several. */
function soleNamed(text: string, entities: readonly Entity[]): Entity | null {
  const named = entities.filter((e) => mentionsEntity(text, e));
  return named.length === 1 ? named[0]! : null;
}

/**
 * The nearest antecedent a definite description's head noun answers to: the lead of its own sentence, then
 * the sentences before it from the nearest; null when none does, or when two answer in the nearest text
 * that names any ("the committee" after a sentence naming two committees is nobody's to this reading).
 */
function antecedent(head: string, context: PhraseOwnerContext): Entity | null {
  const stems = headStems(head);
  const copy = [...context.before, context.lead].join(' ');
  const fitting = context.entities.filter(
    (e) => (e.type === 'person' || e.type === 'organization') && answersTo(e, head, stems, copy),
  );
  if (fitting.length === 0) return null;
  const texts = [...context.before, context.lead];
  for (let i = texts.length - 1; i >= 0; i--) {
    const named = fitting.filter((e) => mentionsEntity(texts[i]!, e));
    if (named.length > 0) return named.length === 1 ? named[0]! : null;
  }
  return null;
}

/** The head noun of a description: its last lower-case content word ("the party's new chairman" → chairman). */
function headNoun(words: readonly string[]): string | null {
  for (let k = words.length - 1; k > 0; k--) {
    const w = words[k]!;
    if (/^\p{Ll}[\p{Ll}-]*$/u.test(w) && !STOPWORDS.has(w)) return w;
  }
  return null;
}

/**
 * The person or body a noun phrase belongs to: its possessor ("X's N") or its "of" complement ("N of X"),
 * either one read the same way; a person or body the phrase names ("A United Nations tribunal"); else the
 * antecedent of a definite description ("the committee", "the senator"). Null when none is found.
 */
export function phraseOwner(phrase: string, context: PhraseOwnerContext): Entity | null {
  const words = wordsOf(phrase);
  if (words.length === 0) return null;
  const possessive = words.findIndex((w, k) => k < words.length - 1 && POSSESSIVE.test(w) && /['’]/.test(w));
  if (possessive >= 0) {
    const owner = words.slice(0, possessive + 1).join(' ');
    const found = phraseOwner(owner.replace(/['’]s?$/, ''), context);
    if (found) return found;
  }
  const of = words.indexOf('of');
  if (of > 0 && of < words.length - 1) {
    const found = phraseOwner(words.slice(of + 1).join(' '), {
      ...context,
      lead: `${context.lead} ${words.slice(0, of).join(' ')}`,
    });
    if (found) return found;
  }
  const people = context.entities.filter((e) => e.type === 'person' || e.type === 'organization');
  const named = soleNamed(words.join(' '), people);
  if (named) return named;
  if (!DEFINITE.test(words[0]!)) return null;
  const head = headNoun(of > 0 ? words.slice(0, of) : words);
  return head ? antecedent(head, context) : null;
}
