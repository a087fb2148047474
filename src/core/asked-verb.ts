import { lemmaOf } from './answer-lexicon';
import { foldPhrasalVerbs } from './phrasal-verbs';
import { contentTerms, tokenizeWords } from './tokenize-words';

// The verb a question asks about, as a term: "who rejected the request?" -> reject, "what did
// Trump tweet?" -> tweet, "when did the minister resign?" -> resign, "did the committee reject
// Flynn's request?" -> reject. The answer must say that verb (or a synonym): a sentence on the same
// people that says something else does not answer.

/** Auxiliaries between "who" and its verb ("who's calling", "who has said"), and adverbs ("who else was…"). */
const WHO_AUX =
  /^(?:is|was|are|were|has|have|had|will|would|could|can|did|does|do|might|may|should|s|else|exactly|all|actually|really|first|ever|just|also|still|then|now)$/;
/** The auxiliary of a question with do-support or a modal: "what did…", "when will…", "where has…". */
const DO_AUX = /^(?:did|does|do|will|would|could|can|might|may|should|has|have|had)$/;
/** Auxiliaries a participle follows in a yes/no question ("has X rejected…", "was X rejected…"). */
const PERFECT_OR_BE = /^(?:has|have|had|is|are|was|were)$/;
const BE = /^(?:is|are|was|were|s)$/;
const PARTICIPLE = /^[a-z]{2,}(?:ed|ing|en)$/;
const POLAR_ADVERB =
  /^(?:actually|ever|really|now|still|already|also|just|even|finally|officially|publicly|personally|formally)$/;
/** Indefinite objects: after a verb they open its object, not the verb ("say anything", "pulled something"). */
const INDEFINITE =
  /^(?:anything|something|nothing|everything|anyone|someone|anybody|somebody|everyone|any|some|much|more)$/;
/** Words that open a new phrase after the verb: the verb is the word just before one of them. */
const PHRASE_BREAK =
  /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|us|me|it|about|of|in|on|at|for|to|from|by|with|into|over|after|before|during|when|while|if|as|against|and|or|but|so|than|up|out|off|back|down|via|instead|yet|again|now|then|there|here|first|last|next|ever|really|actually|exactly|just|also|still|s)$/;
/** Determiners and pronouns that may open the subject ("what did the committee decide?"). */
const SUBJECT_OPENER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|he|she|it|they|we|you|i)$/;

/** The verb right after "who" (past its auxiliaries); none for "who is the officer…" or a name. */
function whoVerb(words: string[]): string | undefined {
  let at = words.indexOf('who');
  if (at < 0) return undefined;
  at++;
  while (WHO_AUX.test(words[at] ?? '')) at++;
  return words[at];
}

/**
 * "What/when/where/why/how… <aux> <subject> <verb>…": the verb is the last lowercase word of the run
 * after the auxiliary, before the next phrase opens (a determiner, a preposition, a pronoun, a name
 * after a lowercase word) or the question ends; the run's earlier words are the subject. A run of
 * one word has no subject and verb to tell apart ("what did it cost?" keeps "cost": "it" opens it).
 */
function doSupportVerb(words: string[], capital: boolean[]): string | undefined {
  const wh = words.findIndex((w) => /^(?:what|when|where|why|how|which)$/.test(w));
  if (wh < 0) return undefined;
  let at = wh + 1;
  // "which committee did…", "what time will…": the wh-phrase's own words come first.
  while (at < words.length && at <= wh + 3 && !DO_AUX.test(words[at]!) && !BE.test(words[at]!)) at++;
  // "When was the lease signed?", "where is Hillary rolling out the plan?": after a form of "be" the verb is the
  // participle after the subject, as in a yes/no question; "what is the rate?" has none.
  if (BE.test(words[at] ?? '')) return participleAfter(words, capital, at + 1);
  if (!DO_AUX.test(words[at] ?? '')) return undefined;
  return verbAfterSubject(words, capital, at + 1);
}

/**
 * "Did the committee reject…?", "Has Flynn asked for…?", "Was the request turned down?": a yes/no
 * question asks whether its verb happened, read as after a wh-question's auxiliary. A form of "be"
 * asks about a verb only before a participle ("is Flynn seeking…", "was the bill passed"); "is the
 * vote on Tuesday?" asks about no act.
 */
function polarVerb(questionWords: string[], questionCapital: boolean[]): string | undefined {
  // "did Bill ever actually meet…": adverbs between subject and verb are read past.
  const kept = questionWords.map((w, i) => i === 0 || !POLAR_ADVERB.test(w));
  const words = questionWords.filter((_, i) => kept[i]);
  const capital = questionCapital.filter((_, i) => kept[i]);
  const aux = words[0] ?? '';
  // An indefinite object ends the search ("did the campaign say anything about…", "has X said
  // anything about getting…"): what follows it is no longer the verb.
  const end = words.findIndex((w, i) => i > 1 && INDEFINITE.test(w));
  const clause = end < 0 ? words : words.slice(0, end);
  // After "has" or "was" the verb is the first participle, the object may follow it ("has Sarandon
  // given money", "has anyone claimed responsibility"); "been" is no verb to ask about.
  if (PERFECT_OR_BE.test(aux)) return participleAfter(clause, capital, 1);
  // After "did" or a modal the verb is bare: read as after a wh-question's auxiliary.
  return DO_AUX.test(aux) ? verbAfterSubject(clause, capital, 1) : undefined;
}

/** The first lowercase participle from `start` ("been" and "being" are no act to ask about). */
function participleAfter(words: string[], capital: boolean[], start: number): string | undefined {
  return words.slice(start).find((w, i) => !capital[start + i] && isParticiple(w));
}

function isParticiple(word: string): boolean {
  return (PARTICIPLE.test(word) || lemmaOf(word) !== word) && contentTerms(word).length === 1;
}

/** The verb after a question's auxiliary (its subject starting at `start`): the last lowercase word of the run. */
function verbAfterSubject(words: string[], capital: boolean[], start: number): string | undefined {
  let at = start;
  let verb: string | undefined;
  let run = 0;
  if (SUBJECT_OPENER.test(words[at] ?? '')) {
    at++;
    run++;
  }
  for (; at < words.length; at++) {
    if (PHRASE_BREAK.test(words[at]!)) break;
    // A name after the verb is its object ("tell Congress", "meet Putin").
    if (capital[at] && verb !== undefined && !capital[at - 1]) break;
    if (!capital[at]) verb = words[at];
    run++;
  }
  return run > 1 ? verb : undefined;
}

/** The same tokens as tokenizeWords, in their own case: which of them are capitalised. */
const CASED_WORD = /[0-9]+(?:[.,][0-9]+)*[A-Za-z0-9%]*|[A-Za-z\u00c0-\u024f][A-Za-z0-9\u00c0-\u024f'’-]*/g;

/** The asked verb as a term, or none when the question has none the answer must say. */
export function askedVerb(question: string, nameTerms: ReadonlySet<string>, who: boolean): string | undefined {
  // Folded as the question's terms are ("turn down" -> rejected), so the verb is one of them.
  const text = foldPhrasalVerbs(question).replace(/\b(who|what)['’]s\b/gi, '$1 is');
  const words = tokenizeWords(text);
  const cased = text.match(CASED_WORD) ?? [];
  const capital = words.map((_, i) => cased.length === words.length && /^[A-Z\u00c0-\u00de]/.test(cased[i]!));
  const word = who ? whoVerb(words) : (doSupportVerb(words, capital) ?? polarVerb(words, capital));
  const terms = contentTerms(word ?? '');
  return terms.length === 1 && !nameTerms.has(terms[0]!) ? terms[0] : undefined;
}
