import { personNoun } from './person-noun';
import type { SpeakerPhrase } from './speaker-phrase';

/** ", who" right before the verb: the relative's verb is the tag's, and its subject is the phrase before the comma. */
const WHO_END = /,\s*who$/;
/** A name right before the comma: capitalised words, titles with their stops ("Governor Dan Price", "Ms Rao"). */
export const NAME_RUN = /(?:\p{Lu}[\p{L}'’-]*\.?\s+)*\p{Lu}[\p{L}'’-]+$/u;
/** A place's (or a source's) preposition right before the name. */
const PLACE_PREPOSITION = /\b(?:on|in|at|from|of|to|into|near|across)\s+$/i;
/** Else a description: a determiner and up to four words ("the nurses", "The mayor", "its chief executive"). */
export const DESCRIPTION = /(?:^|\s)((?:the|a|an|its|his|her|their)\s+(?:[\p{Ll}'’-]+\s+){0,3}[\p{Ll}'’-]+)$/iu;

/** A description headed by a noun of the person kind, then the preposition that attaches what follows to it. */
const HOLDER =
  /(?:^|\s)((?:the|a|an|its|his|her|their)\s+(?:[\p{Ll}'’-]+\s+){0,3}([\p{Ll}'’-]+)\s+(?:at|of|for|in|from|with|to)\s+)$/iu;

/** How many characters of `before` hold a person-headed description the antecedent completes; 0 for none. */
function personBefore(before: string): number {
  const m = HOLDER.exec(before);
  return m && personNoun(m[2]!.toLowerCase()) ? m[1]!.length : 0;
}

/**
 * "Ms. Ortiz met Governor Dan Price, who said …", "criticised by Rita Moss, who said …": the quotation is the
 * antecedent's, never the sentence's subject (review s33 B-main-53). `body` ends at the relative pronoun; only its last `tail` characters are read, so a long
 * sentence stays linear. A description ("the nurses") speaks as itself; a capitalised run only as the person it
 * names; neither: no speaker.
 */
export function relativeAntecedent(body: string, tail: number, offset: number): SpeakerPhrase | null {
  const end = WHO_END.exec(body.slice(tail));
  if (!end) return null;
  const before = body.slice(tail, tail + end.index);
  const name = NAME_RUN.exec(before);
  const description = name ? null : DESCRIPTION.exec(before);
  const text = name ? name[0] : description?.[1];
  if (!text) return { kind: 'clause', text: '', start: offset + body.length, end: offset + body.length };
  const holder = personBefore(before.slice(0, before.length - text.length));
  if (holder) {
    // "A senior official at the agency, who asked …": "who" is the person the phrase is headed by, never shortened
    // to the body after its preposition.
    const start = offset + tail + before.length - text.length - holder;
    return {
      kind: 'phrase',
      text: before.slice(before.length - text.length - holder),
      start,
      end: start + holder + text.length,
      prefer: 'last',
    };
  }
  const start = offset + tail + before.length - text.length;
  // After a place's preposition a capitalised run names a person or nothing ("Democrats on Capitol Hill, who": a
  // place is no speaker); else it may name a body too ("criticised by Amnesty International, who said").
  if (name && PLACE_PREPOSITION.test(before.slice(0, name.index)))
    return { kind: 'clause', text, start, end: start + text.length };
  return { kind: 'phrase', text, start, end: start + text.length, prefer: 'last' };
}
