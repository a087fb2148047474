import type { NameRun } from './name-runs';
import type { Word } from './tokenize';

/** A capitalised run split out of a longer one (a list's person, place or post), with the word before it. */
export const nameRunPart = (words: Word[], previous: string | undefined): NameRun => ({
  words,
  start: words[0]!.start,
  end: words[words.length - 1]!.end,
  ...(previous !== undefined && { previous }),
});
