import type { QuestionKind } from './analysis-types';
import type { PhraseContext } from './phrase-question';
import type { PairFinder } from './question-pairs';

/**
 * What a cue family holds: what a sentence must say (pattern), the literal hints that
 * gate the pattern for speed, what kind of open question it raises, how strong a reason it is
 * to chase, which other sentence completes it (pair), how it is phrased, and example sentences
 * the tests check the pattern and hints against. Adding a family means adding
 * one record to one of the *-cue-families.ts slices.
 */
export interface CueFamily {
  shape: string;
  kind: QuestionKind;
  strength: number;
  pattern: RegExp;
  /** Lower-case literals, one of which occurs in every sentence the pattern matches. */
  hints: string[];
  /** Sentences the pattern must match (tested, with the hints). */
  examples: string[];
  phrase: (ctx: PhraseContext) => string | null;
  pair?: PairFinder;
  /** When this template finds no clean question, the sentence's next cue gets its turn. */
  narrow?: boolean;
  /** A sentence matching this is no lead for the family ("was expected to pass": the story has moved on). */
  unless?: { test(sentence: string): boolean };
}

export const family = (f: CueFamily): CueFamily => f;
/** Hints written as one "a|b|c" string, to keep the records short. */
export const hintList = (hints: string): string[] => hints.split('|');
