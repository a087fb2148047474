import { englishWord } from './english-word';
import { irregularVerbLemma } from './irregular-verb-lemma';
import { cutClause } from './question-clauses';
import { VERB_BASES } from './verb-base-set';
import { verbFormKind } from './verb-form-kind';

/**
 * The plain yes/no question of a whether-clause with one finite verb in the simple past or present and a named
 * subject: "whether Kern supported the minister's approach" → "Did Kern support the minister's approach?" (audit
 * 54's B-a54-20), "whether Rosenthal backs the condition" → "Does Rosenthal back the condition?". Built from the
 * parts (subject, the verb's WordNet base, the rest as written), so it holds or it is null and the caller keeps its
 * "Is it the case that …" frame.
 */

/**
 * A name as subject: one to four capitalised words ("Kern", "Chancellor Matthias Kern"), then a lower-case word; or
 * "the" and a capitalised title or body ("the Speaker", "the Senate": audit 62's B-a62-14, which was "Is it the case
 * that the Speaker supported …, and will a spokesperson for the Speaker say?").
 */
const NAMED_SUBJECT =
  /^((?:the\s+)?(?:\p{Lu}[\p{L}\w'’.-]*\s+){0,3}\p{Lu}[\p{L}\w'’-]*)\s+(?:(still|also|ever|already|actually|personally|privately|publicly)\s+)?([a-z]+)\s+(\S.*)$/u;
/** A second verb joined to the first ("supported the plan or opposed it"): the base would alter the second. */
const SECOND_VERB = /\b(?:and|or|but|nor)\s+(?:\w+\s+)?[a-z]+(?:ed|s)\b/;
/** A subject's words that are no name but an opener or a pronoun capitalised at a clause's start. */
const NO_NAME = /^(?:The|A|An|This|That|These|Those|It|He|She|They|We|I|You|There|If|When|As)$/;

/**
 * The base of a regular "-ed"/"-s" form WordNet reads as a verb more often than a noun: "supported" → support,
 * "approved" → approve (an "e" base first, so "hoped" is hope, not hop), "planned" → plan, "carried" → carry.
 */
export function regularBase(word: string, ending: 'ed' | 's'): string | undefined {
  const stem = word.slice(0, -ending.length);
  if (stem.length < 2) return undefined;
  const found =
    ending === 's'
      ? [stem]
      : stem.endsWith('i')
        ? [`${stem.slice(0, -1)}y`]
        : [`${stem}e`, stem, ...(/([b-df-hj-np-tv-z])\1$/.test(stem) ? [stem.slice(0, -1)] : [])];
  const base = found.find((b) => VERB_BASES.has(b));
  // "backed": "back" is read more as a noun or adverb, but after a named subject and before its object it is the
  // verb; a stem ending in two consonants takes no "e" ("backed", "wanted"), so the stem is the base when English.
  if (base !== undefined || ending === 's' || !/[b-df-hj-np-tv-z]{2}$/.test(stem)) return base;
  return englishWord(stem) ? stem : undefined;
}

/** A past participle: a regular "-ed" form or an irregular one ("delivered", "met", "been"). */
function participle(word: string): boolean {
  const kind = verbFormKind(word);
  return (kind === 'regular' && word.endsWith('ed')) || kind === 'irregular' || kind === 'nominal';
}

/** The question of `clause` ("Kern supported the minister's approach"), or null when its parts do not allow one. */
export function didQuestion(clause: string): string | null {
  const m = NAMED_SUBJECT.exec(clause);
  if (!m) return null;
  const [, named, adverb, verb, rest] = m as unknown as [string, string, string | undefined, string, string];
  if (named.split(/\s+/).some((w) => NO_NAME.test(w))) return null;
  if (SECOND_VERB.test(rest) || /\b(?:whether|if)\b/i.test(rest)) return null;
  const phrase = cutClause(rest.replace(/[.!?]+$/, ''), 18);
  const then = adverb ? `${adverb} ` : '';
  // "whether Santorum has delivered speeches", "whether Lee was hoping to run": the auxiliary inverts itself; a copula
  // too ("whether Lee was aware of it"), but "has" only before a participle ("whether he has a strategy" is no aux).
  if (/^(?:is|are|was|were)$/.test(verb) || (/^(?:has|have|had)$/.test(verb) && participle(rest.split(/\s+/)[0]!))) {
    return `${verb[0]!.toUpperCase()}${verb.slice(1)} ${named} ${then}${phrase}?`;
  }
  let base: string | undefined;
  let aux: string;
  if (/ed$/.test(verb)) {
    base = regularBase(verb, 'ed');
    aux = 'Did';
  } else if (/[^s]s$/.test(verb)) {
    base = regularBase(verb, 's');
    aux = 'Does';
  } else {
    const lemma = irregularVerbLemma(verb);
    // "had", "was": an auxiliary or a copula asks with its own inversion, not "did"; left to the caller's frame.
    base = lemma !== undefined && lemma !== verb && !/^(?:be|have|do)$/.test(lemma) ? lemma : undefined;
    aux = 'Did';
  }
  if (base === undefined) return null;
  return `${aux} ${named} ${then}${base} ${phrase}?`;
}
