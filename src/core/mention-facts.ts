import type { Sentence } from './analysis-types';
import { creditOrOutlet } from './credit-line';
import { lowerBound } from './lower-bound';
import { addressedAfter } from './passive-listener';
import type { PersonMention } from './people';
import { relationPhraseBefore } from './relation-object';
import type { ResolvedSpeaker } from './speaker-resolution';
import { titledNameBetween } from './titled-name-between';

/** The first mention in `list` (in order) starting at or after `offset`: a binary search. */
export function firstMentionFrom(list: PersonMention[], offset: number): number {
  return lowerBound(list, (m) => m.start < offset);
}

/** Evidence key: a person by surname (namesakes share it), else the name as printed. */
export const keyOf = (speaker: ResolvedSpeaker): string =>
  speaker.person ? `p:${speaker.person.surname}` : `n:${speaker.name.toLowerCase()}`;

/**
 * What a mention is whatever the quotation: a possible speaker at all (outside quotations, not a
 * possessive, not a credit line or an outlet's label), its evidence key, and whether a passive
 * told/asked follows it. A sentence holding thousands of quotes and names weighs each name for
 * every quote within reach, so these are read once per mention, not once per pair. Two more are
 * read on first need and kept (`relationBefore`, `titlesNext` below): most names near a quotation
 * never need them, and read per pair they took half the time of 100 KB of `Ms Jones said "…" and `.
 */
export interface MentionFacts {
  speaks: boolean;
  key: string;
  addressed: boolean;
  relationBefore?: boolean;
  titlesNext?: boolean;
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

/** A relation's noun before the name ("a close friend of Mr. Kovac", relation-object.ts), read once per name. */
export function relationBefore(known: MentionFacts, at: Sentence, mention: PersonMention): boolean {
  known.relationBefore ??= relationPhraseBefore(at, mention);
  return known.relationBefore;
}

/**
 * The words up to the next name make this one the modifier of that name's title ("Clinton campaign manager Robby
 * Mook", titled-name-between.ts), read once per name.
 */
export function titlesNext(known: MentionFacts, at: Sentence, mention: PersonMention, next: PersonMention): boolean {
  known.titlesNext ??=
    next.start - mention.end <= 60 && titledNameBetween(at.text.slice(mention.end - at.start, next.start - at.start));
  return known.titlesNext;
}
