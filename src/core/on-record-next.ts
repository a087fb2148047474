import type { Quote, Sentence, Statement } from './analysis-types';
import { surname } from './mentions-entity';

/** Two capitalised words, the first maybe a title: a person's name as the quotes give it. */
const NAMED = /^[A-Z][\w'’.-]*\s+(?:[A-Z][\w'’.-]*\s+)*[A-Z][\w'’-]+$/;

/** The templates that ask for a named source: "Can a named source confirm that …?", "Which aides say …, and can they be named?". */
const ASKS_FOR_A_NAME = /\bnamed source\b|\bcan they be named\?$/;

/**
 * "But aides said Mr. Obama simply believed in airing differences. ''This was not our policy,'' Mr.
 * Rhodes said.": a claim from unnamed sources that a named person then takes up on record (quoted, or
 * reported as said) in the next sentence of the same paragraph, has its named source already; asking for
 * one misreads the copy. The flagged passage is shown instead of the question.
 */
export function onRecordNext(
  question: string,
  sentences: Sentence[],
  index: number,
  quotes: Quote[],
  statements: Statement[],
): boolean {
  if (!ASKS_FOR_A_NAME.test(question)) return false;
  const paragraph = sentences[index]!.paragraph;
  const next = sentences[index + 1];
  if (!next || next.paragraph !== paragraph) return false;
  // A name ("Jamie Firestone", "Mr. Rhodes"), not a description ("the artists"): on record means named.
  // Someone the claim's sentence names, quoted next, reacts to it ("Trump remarked upon a story in which
  // sources said…" then "That's like a bribe," Trump said); a source on record is someone else.
  const own = sentences[index]!.text;
  const speakers = [...quotes, ...statements].filter((q) => q.sentenceId === next.id).map((q) => q.speaker);
  return speakers.some((speaker) => speaker !== null && NAMED.test(speaker) && !own.includes(surname(speaker)));
}
