import type { Sentence } from './analysis-types';
import { creditOrOutlet } from './credit-line';
import { addressedAfter } from './passive-listener';
import type { PersonMention } from './people';
import type { ResolvedSpeaker } from './speaker-resolution';

/** The first mention in `list` (in order) starting at or after `offset`: a binary search. */
export function firstMentionFrom(list: PersonMention[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Evidence key: a person by surname (namesakes share it), else the name as printed. */
export const keyOf = (speaker: ResolvedSpeaker): string =>
  speaker.person ? `p:${speaker.person.surname}` : `n:${speaker.name.toLowerCase()}`;

/**
 * What a mention is whatever the quotation: a possible speaker at all (outside quotations, not a
 * possessive, not a credit line or an outlet's label), its evidence key, and whether a passive
 * told/asked follows it. A sentence holding thousands of quotes and names weighs each name for
 * every quote within reach, so these are read once per mention, not once per pair.
 */
export interface MentionFacts {
  speaks: boolean;
  key: string;
  addressed: boolean;
}

export function mentionFacts(
  mention: PersonMention,
  at: Sentence,
  isQuoted: (offset: number) => boolean,
): MentionFacts {
  const speaks =
    !isQuoted(mention.start) &&
    !mention.possessive &&
    !creditOrOutlet(at.text, mention.start - at.start, mention.end - at.start, mention.person.name);
  return {
    speaks,
    key: keyOf({ name: mention.person.name, person: mention.person }),
    addressed: speaks && addressedAfter(at, mention),
  };
}
