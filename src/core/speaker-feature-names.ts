/**
 * The speaker ranker's feature vector layout, apart from the code that fills it: the trained model
 * stores weights by these names, and training and ranking both read them.
 */
import { CONSTRUCTION_FEATURES } from './speaker-constructions';

/** How the attribution rules reached a quote's speaker (see find-quotes.ts). */
export type SpeakerRoute =
  | 'tag-before'
  | 'tag-after'
  | 'colon'
  | 'run-previous'
  | 'speech-before'
  | 'run-next'
  | 'fragment-speech'
  | 'clause-speech'
  | 'none';

/** Routes that get a one-hot feature each; 'none' is their absence. */
export const ROUTES: SpeakerRoute[] = [
  'tag-before',
  'tag-after',
  'colon',
  'run-previous',
  'speech-before',
  'run-next',
  'fragment-speech',
  'clause-speech',
];

/** Features of the candidate itself, in vector order. */
export const BASE_FEATURE_NAMES = [
  'bias',
  'rule',
  ...ROUTES.map((r) => `rule-${r}`),
  'rule-pronoun-tag',
  'rule-no-mention',
  'person',
  'weak-person',
  'multi-word-name',
  'organisation',
  'previous-quote-speaker',
  'next-quote-rule-speaker',
  'same-sentence-before',
  'same-sentence-after',
  'quote-sentence-inside',
  'previous-sentence',
  'sentences-back',
  'same-paragraph',
  'previous-paragraph',
  'subject',
  'object',
  'reported-speech-speaker',
  'mentions-log',
  'most-mentioned',
  'named-inside-quote',
  'fragment',
  'paragraph-start',
  'quote-words-log',
  'candidates-log',
  'gender-agrees',
  'gender-clashes',
  'last-person-before',
  'adjacent-before',
  'adjacent-after',
  'chars-before',
  'chars-after',
  'lower-case-description',
  ...CONSTRUCTION_FEATURES,
  'rule-speech-before-adjacent',
] as const;

/**
 * Features whose sole highest holder among a quote's candidates gets a feature of its own
 * (speaker-list-features.ts): nearness, standing in the sentence, the article's attention, the cues.
 */
export const LIST_FEATURE_SOURCES: ReadonlyArray<(typeof BASE_FEATURE_NAMES)[number]> = [
  'chars-before',
  'chars-after',
  'same-sentence-before',
  'same-sentence-after',
  'previous-sentence',
  'subject',
  'mentions-log',
  'person',
  'sentence-subject-before',
  'first-named-in-sentence',
  'speech-verb-next-to-name',
  'cue-after-subject-before',
  'cue-next-to-name-after',
  'cue-in-previous-sentence',
  'cue-in-next-sentence',
];

/** Feature names, in vector order (the model file stores weights by name). */
export const FEATURE_NAMES = [...BASE_FEATURE_NAMES, ...LIST_FEATURE_SOURCES.map((name) => `sole-top-${name}`)];

/** Features the confidence model reads of the best candidate besides its probability and route. */
export const TRUST_FEATURES: ReadonlyArray<(typeof BASE_FEATURE_NAMES)[number]> = [
  ...CONSTRUCTION_FEATURES,
  'rule-speech-before-adjacent',
];
