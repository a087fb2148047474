import { REBUTTAL_VERBS } from './rebuttal-verbs';

/**
 * A that-clause ending on a verb that needs an object: the "that" was a relative pronoun ("a claim that X disputes");
 * the verbs that check a claim too ("claims that the report could not corroborate", sample 42's #49).
 */
export const RELATIVE_ON_CLAIM = new RegExp(
  `^(?:\\S+\\s+){1,6}(?:\\w+ly\\s+)?(?:${REBUTTAL_VERBS}|question|mak|made|repeat|echo|level|rais|back|support|shar|accept|investigat|confirm|corroborat|verif|substantiat|prove)\\w*$`,
  'i',
);
