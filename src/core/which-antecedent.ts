import { DESCRIPTION } from './relative-antecedent';
import type { SpeakerPhrase } from './speaker-phrase';

/** ", which" right before the verb: the relative's verb is the tag's, and its subject is the phrase before the comma. */
const WHICH_END = /,\s*which$/;
/**
 * A body's name right before the comma: capitalised words, joined by the small words a name holds ("Chamber of
 * Commerce", "Department of Health and Human Services"), an opening "the" left out.
 */
const BODY_RUN = /\p{Lu}[\p{L}\p{N}&'’.-]*(?:\s+(?:(?:of|for|and|on|the|de|du)\s+)*\p{Lu}[\p{L}\p{N}&'’.-]*)*$/u;
/** A place's preposition before the name: "a poll in Ohio, which" names a place, which says nothing. */
const PLACE_PREPOSITION = /\b(?:on|in|at|into|near|across|from|to)\s+(?:the\s+)?$/i;

/**
 * "Supporters include the Texas Farm Bureau, which said in a statement that …": the quotation is the antecedent's,
 * never the sentence subject's nor an earlier speaker's (audit 61, B-a61-2). A body's name speaks as that body, a
 * description ("the county, which said") as itself (a `thing` either way: no person is sought in its words); any
 * other antecedent ("an audit published in March, which said") is no speaker the rules can name, so the tag is read
 * as one naming no one (unnamed-relative-speech.ts keeps an earlier speaker off its quotation). `body` ends at "which"; only its last `tail` characters are read, so a long sentence stays
 * linear.
 */
export function whichAntecedent(body: string, tail: number, offset: number): SpeakerPhrase | null {
  const end = WHICH_END.exec(body.slice(tail));
  if (!end) return null;
  const before = body.slice(tail, tail + end.index);
  const name = BODY_RUN.exec(before);
  if (name && !PLACE_PREPOSITION.test(before.slice(0, name.index))) {
    const start = offset + tail + name.index;
    return { kind: 'phrase', text: name[0], start, end: start + name[0].length, prefer: 'last', thing: true };
  }
  // "the county, which said": a description speaks as itself, as one before ", who" does.
  const description = name ? null : DESCRIPTION.exec(before)?.[1];
  if (!description) return { kind: 'clause', text: '', start: offset + body.length, end: offset + body.length };
  const start = offset + tail + before.length - description.length;
  return { kind: 'phrase', text: description, start, end: start + description.length, prefer: 'last', thing: true };
}
