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

/** Feature names, in vector order (the model file stores weights by name). */
export const FEATURE_NAMES = [
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

/** Features the confidence model reads of the best candidate besides its probability and route. */
export const TRUST_FEATURES: ReadonlyArray<(typeof FEATURE_NAMES)[number]> = [
  ...CONSTRUCTION_FEATURES,
  'rule-speech-before-adjacent',
];
