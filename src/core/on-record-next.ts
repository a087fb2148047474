import type { Quote, Sentence, Statement } from './analysis-types';
import { surname } from './mentions-entity';
import { REBUTTAL_VERBS } from './rebuttal-verbs';

/** A sentence that contradicts what it follows: a rebuttal verb, or a word that calls the claim untrue. */
const CONTRADICTS = new RegExp(
  String.raw`\b(?:${REBUTTAL_VERBS})\w*|\b(?:nonsense|untrue|not true|false|wrong|ridiculous|absurd|no truth|not the case)\b`,
  'i',
);

/** Two capitalised words, the first maybe a title: a person's name as the quotes give it. */
const NAMED = /^\p{Lu}[\p{L}\w'’.-]*\s+(?:\p{Lu}[\p{L}\w'’.-]*\s+)*\p{Lu}[\p{L}\w'’-]+$/u;

/** The templates that ask for a named source: "Can a named source confirm that …?", "Which aides say …, and can they be named?". */
const ASKS_FOR_A_NAME = /\bnamed source\b|\bcan they be named\?$/;

/**
 * A speech tag naming its speaker at the end of a sentence the engine credits to no one (its '' quote marks
 * are no quotation to read): "…,'' said Mr. Hof, the former adviser.", "…,'' Rosa Delgado said."
 */
const TRAILING_TAG =
  /[,'"”’]\s+(?:said|says|added|explained|told \w+)\s+((?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}\w'’-]+(?:\s+\p{Lu}[\p{L}\w'’.-]+)*)|[,'"”’]\s+((?:(?:Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}\w'’-]+(?:\s+\p{Lu}[\p{L}\w'’.-]+)+)\s+(?:said|says|added|explained)\b/u;

/**
 * "Harbour analysts said the depot would cost more than admitted. 'The figures do not add up,' said Rosa
 * Delgado, an economist.": a claim from unnamed sources that a named person then takes up on record (quoted,
 * or reported as said) in the next sentence of the same paragraph has its named source already. A next
 * sentence that contradicts the claim ("'Nonsense,' Mr. Smith said", "Smith denied it") leaves the named
 * source still to find.
 */
export function namedOnRecordNext(
  sentences: Sentence[],
  index: number,
  quotes: Quote[],
  statements: Statement[],
): boolean {
  const paragraph = sentences[index]!.paragraph;
  const next = sentences[index + 1];
  if (!next || next.paragraph !== paragraph) return false;
  if (CONTRADICTS.test(next.text)) return false;
  // A name ("Rosa Delgado", "Mr. Reed"), not a description ("the artists"): on record means named.
  // Someone the claim's sentence names, quoted next, reacts to it ("Price read a report in which analysts
  // said…" then "I read it twice," Price said); a source on record is someone else.
  const own = sentences[index]!.text;
  const credited = [...quotes, ...statements].filter((q) => q.sentenceId === next.id).map((q) => q.speaker);
  const tag = TRAILING_TAG.exec(next.text);
  const speakers = credited.length > 0 ? credited : tag ? [tag[1] ?? tag[2]!] : [];
  return speakers.some((speaker) => speaker !== null && NAMED.test(speaker) && !own.includes(surname(speaker)));
}

/** A question asking for a named source (ASKS_FOR_A_NAME) when one is on record next: the passage is shown instead. */
export function onRecordNext(
  question: string,
  sentences: Sentence[],
  index: number,
  quotes: Quote[],
  statements: Statement[],
): boolean {
  return ASKS_FOR_A_NAME.test(question) && namedOnRecordNext(sentences, index, quotes, statements);
}
