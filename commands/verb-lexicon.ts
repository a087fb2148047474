import data from '../src/core/verb-bases.json' with { type: 'json' };

const lists = data as { words: string; causeNouns: string };
/** Words WordNet reads mostly as verbs (the engine's list, src/train/build-verb-bases.ts): where a subject ends. */
export const VERBS: ReadonlySet<string> = new Set(lists.words.split(' '));
/** Those of them also nouns ("trust", "vote", "board"): a noun when another verb follows ("the trust cut"). */
export const NOUN_VERBS: ReadonlySet<string> = new Set(lists.causeNouns.split(' '));
