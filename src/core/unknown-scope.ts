import { actWithDoer } from './act-with-doer';
import { markedNounKind } from './marked-noun-kind';
import type { ParsedUnknown, UnknownScope } from './parse-unknown-scope';
import type { AnswerType } from './question-type';
import { scopeSynsets } from './scope-synsets';
import { contentTerms } from './tokenize-words';

/*
 * A sentence's unknown markers, parsed in parse-unknown-scope.ts, read against a question. Each reader takes the
 * parse, not the text: the caller parses a sentence once (answer-unknown.ts) and asks all three of it, with no
 * memo in this module (audit 49 B-a49-13).
 */

/** The answer types each wh-word leaves open: the question must ask one of them to be inside the scope. */
export const WH_TYPES: Readonly<Record<string, readonly AnswerType[]>> = {
  when: ['time'],
  whether: ['yesno'],
  if: ['yesno'],
  why: ['reason'],
  where: ['place'],
  who: ['person'],
  whom: ['person'],
  'how much': ['money', 'amount', 'quantity', 'count'],
  'how many': ['count', 'quantity', 'amount'],
  'how long': ['quantity', 'time'],
  'how far': ['quantity'],
  'how soon': ['time', 'quantity'],
  'how often': ['quantity', 'count'],
  how: ['other', 'reason', 'quantity'],
  // "declined to say what caused it" leaves the cause open: "what caused the fault?" asks a reason.
  what: ['other', 'person', 'money', 'amount', 'count', 'quantity', 'place', 'age', 'reason'],
  which: ['other', 'person', 'place'],
};

/**
 * The term is in the scope, or one of the question's words for it shares a WordNet sense of the same part of speech
 * with a word of the clause ("disclose" and "reveal"). Senses, not stems: a stem's synonym list joins "grounded" to
 * "caused" through the nouns "grounds" and "cause", and "go" to "die" (review s35 B-ux35-6).
 */
function inScope(term: string, scope: UnknownScope, wordsOf: ReadonlyMap<string, readonly string[]>): boolean {
  if (scope.terms.has(term) || negatedInScope(term, scope)) return true;
  const asked = wordsOf.get(term) ?? [];
  return asked.some((a) => scope.words.some((w) => scopeSynsets(a, w)));
}

/** A negation in a clause: "never", "not", "wasn't". */
const NEGATION = /^(?:not|never|no)$|n['’]t$/i;
/**
 * "unreported incidents" asked, "incidents that were never reported" in the clause: an un- word is held by its base
 * under a negation (audit 54 B-a54-4). A base that only looks like one ("under" in "unde") is no term of the clause.
 */
function negatedInScope(term: string, scope: UnknownScope): boolean {
  return term.startsWith('un') && scope.terms.has(term.slice(2)) && scope.words.some((w) => NEGATION.test(w));
}

/** The question's words by their term: the senses belong to words ("grounded"), not stems ("ground"). */
function wordsByTerm(words: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const word of words) {
    const term = contentTerms(word)[0];
    if (term !== undefined) out.set(term, [...(out.get(term) ?? []), word]);
  }
  return out;
}

/**
 * Through a pronoun, the question asks what the clause withholds only when its head is the clause's own act or the
 * act the antecedent phrase came with ("the men police arrested"); a question without a verb is matched on the
 * phrase alone.
 */
function headHeld(scope: UnknownScope, head: string | undefined, wordsOf: ReadonlyMap<string, readonly string[]>) {
  return head === undefined || head === scope.antecedent?.verb || inScope(head, scope, wordsOf);
}

/**
 * The question's content terms inside the clauses whose wh-word leaves the asked type open (names aside —
 * "when will Smith resign?" is not "has not said when Smith will return"): empty when the question is outside
 * every scope. The clause's own words first; only when they hold none, the terms its pronoun may stand for: they
 * name the party or thing ("the regulator", "the men"), not the withheld act a valued best sentence is checked for.
 */
function termsInScope(scopes: readonly UnknownScope[], type: AnswerType, question: Question): string[] {
  const open = scopes.filter((s) => (WH_TYPES[s.wh] ?? []).includes(type));
  const wordsOf = wordsByTerm(question.words);
  const asked = question.terms.filter((t) => !question.names.has(t));
  const own = asked.filter((t) => open.some((s) => inScope(t, s, wordsOf)));
  if (own.length > 0) return own;
  return asked.filter((t) =>
    open.some((s) => (s.antecedent?.phrase.has(t) || t === s.antecedent?.verb) && headHeld(s, question.head, wordsOf)),
  );
}

/** The question as the scope reads it. */
export interface Question {
  /** Its content terms. */
  terms: readonly string[];
  /** Those from names: a name is not what a marker withholds. */
  names: ReadonlySet<string>;
  /** Its raw lowercased words, whose WordNet senses are read. */
  words: ReadonlySet<string>;
  /** The verb it asks about ("arrest" for "why were the men arrested?"), when it has one. */
  head?: string;
}

/** What a sentence's unknown markers leave unknown, read against a question. */
export interface UnknownReading {
  /** A marker names no wh-scope ("declined to comment", "did not disclose the price"): read as before. */
  unscoped: boolean;
  /** A marker names nothing it withholds ("declined to comment", "could not be reached"). */
  bare: boolean;
  /** The question's terms inside a wh-scope it asks about ("finish" for "when will the FDA finish?"). */
  inside: string[];
  /** The question's terms inside a marker's object or passive subject ("pay" in "did not disclose the price it paid"). */
  object: string[];
  /** A marker before a noun withholds a noun of the asked kind ("an undisclosed sum" for "how much did it pay?"). */
  noun: boolean;
}

export function readUnknown(parsed: ParsedUnknown, type: AnswerType, question: Question): UnknownReading {
  const { scopes, objects, unscoped, bare, nouns } = parsed;
  const kinds = nouns.map((n) => markedNounKind(n, type));
  return {
    // A noun of no known kind is read as before, as a marker naming no scope.
    unscoped: unscoped || kinds.some((k) => k !== false),
    bare,
    inside: termsInScope(scopes, type, question),
    object: termsInScope(objects, type, question),
    // "What did the sale cost?" asks anything: only a typed question is the noun's own.
    noun: type !== 'other' && kinds.includes(true),
  };
}

/**
 * The sentence's only markers stand before nouns of another kind than the asked one: "Maura Kest bought the stake for
 * an undisclosed sum" withholds the sum, not who bought it or when — for those it is no marker at all.
 */
export function marksAnotherPart(parsed: ParsedUnknown, type: AnswerType): boolean {
  const { scopes, unscoped, nouns } = parsed;
  return !unscoped && scopes.length === 0 && nouns.length > 0 && nouns.every((n) => markedNounKind(n, type) === false);
}

/**
 * The sentence says the question's act with its doer outside every wh-scope, and no scope of the asked type holds
 * the act: "It is not clear what will happen to the land, which the company bought…" leaves the land's fate unknown,
 * not who bought it — a shared noun ("land") does not put "who bought the land?" inside the scope (audit 48 B-a48-3).
 */
export function actOutsideScope(parsed: ParsedUnknown, type: AnswerType, question: Question): boolean {
  const head = question.head;
  if (head === undefined) return false;
  const { scopes, rest } = parsed;
  const wordsOf = wordsByTerm(question.words);
  const open = scopes.filter((s) => (WH_TYPES[s.wh] ?? []).includes(type));
  // Through a pronoun the clause may still hold the act: "arrested two men … but did not say why they had been held".
  return scopes.length > 0 && !open.some((s) => headHeld(s, head, wordsOf)) && actWithDoer(rest, head);
}

/** A preposition limiting an act to whom or what it is for: "reopen to heavy lorries", "a price for cars". */
const LIMITING = new Set(['to', 'for']);
/** Words ending the limiting phrase: another preposition or a conjunction opens another part of the clause. */
const PHRASE_END =
  /^(?:to|for|and|or|but|by|in|on|at|with|from|of|after|before|until|because|if|when|than|as|while|once)$/;

/** Words after which the word before them is a verb taking an object: "to finish the road" is an infinitive. */
const OBJECT_OPENS = /^(?:the|a|an|this|that|these|those|its|his|her|their|our|my|your|it|them|him|us)$/;

/**
 * The clause limits its act by a "to"/"for" phrase saying none of the question's words ("…when the bridge will reopen
 * to heavy lorries" for "when will the bridge reopen?"): it withholds a narrower matter than the question asks, and
 * the copy may answer the rest ("cars by Easter"; review 48 B-r48-7). The phrase must name a class narrowed by a
 * modifier (two content words or more): a bare "to traffic", "to the public" or "for drivers" is whom the act is for
 * by default, and "to finish the road" (a verb before its object) is a purpose (review 49 B-r49-3).
 */
function narrower(scope: UnknownScope, asked: ReadonlySet<string>): boolean {
  const { words } = scope;
  for (let k = 0; k < words.length; k++) {
    if (!LIMITING.has(words[k]!) || OBJECT_OPENS.test(words[k + 2] ?? '')) continue;
    const terms: string[] = [];
    for (let j = k + 1; j < words.length && !PHRASE_END.test(words[j]!); j++) terms.push(...contentTerms(words[j]!));
    if (terms.length > 1 && !terms.some((t) => asked.has(t))) return true;
  }
  return false;
}

/**
 * A wh-clause of its own, of the asked type, holds every content word of the question, names aside ("how much will
 * the homes cost?" in "…has not said how much the homes will cost"): the copy says outright that exactly this is
 * unknown, wherever it says it. An elided clause ("has not said when.") holds whatever its sentence does, so none;
 * nor does a clause limited to a narrower matter — `narrow` asks instead for such a clause, which holds all of the
 * question and more; `only` asks for a clause holding nothing else.
 */
export function scopeHoldsAll(
  parsed: ParsedUnknown,
  type: AnswerType,
  question: Question,
  narrow = false,
  only = false,
): boolean {
  const wordsOf = wordsByTerm(question.words);
  const asked = new Set([...question.terms, ...[...question.words].flatMap((w) => contentTerms(w))]);
  const all = new Set(asked);
  for (const name of question.names) asked.delete(name);
  if (asked.size === 0) return false;
  // "much" of "how much" is the wh-word's, not a word of the clause.
  return parsed.scopes.some((s) => {
    if (s.elided || !(WH_TYPES[s.wh] ?? []).includes(type) || narrower(s, all) !== narrow) return false;
    // `only`: the clause says nothing but the question's words — its subject a pronoun or none ("where he is being
    // held"), so it names no other party ("when Jones will resign" for "when will Smith resign?").
    if (only && [...s.terms].some((t) => !all.has(t))) return false;
    const wh = new Set(contentTerms(s.wh));
    return [...asked].every((t) => wh.has(t) || inScope(t, s, wordsOf));
  });
}
