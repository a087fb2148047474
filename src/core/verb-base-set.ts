import data from './verb-bases.json' with { type: 'json' };

/**
 * Words WordNet reads as verbs more often than as nouns (src/train/build-verb-bases.ts): "ask", "urge", "put". One
 * set for every reader of verb-bases.json's `words`, built once, rather than a copy per module.
 */
export const VERB_BASES: ReadonlySet<string> = new Set((data as { words: string }).words.split(' '));
