import type { Sentence } from './analysis-types';
import { eachMatch } from './each-match';
import type { PersonMention } from './people';
import { pronounAside } from './pronoun-aside';
import { maskQuotes } from './quote-spans';
import type { ReportedSpeech } from './reported-speech';
import { TAG_VERBS } from './reported-speech-tag';
import type { SpeakerPhrase } from './speaker-phrase';

/** ", Sexton said, " inside a sentence: one to three capitalised words, a tag verb, commas on both sides. */
const NAME_ASIDE = /,\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]*)\s+(?:also\s+)?([a-z]+),\s/gu;

const MAX_TAGS = 3;

/** A name aside: the people index reads a person ending right where the aside's words end, not a possessor. */
function nameAside(sentence: Sentence, mentions: PersonMention[]): SpeakerPhrase | null {
  if (!sentence.text.includes(',')) return null;
  const text = maskQuotes(sentence.text);
  let tags = 0;
  for (const match of eachMatch(NAME_ASIDE, text)) {
    if (!TAG_VERBS.has(match[2]!)) continue;
    // A sentence has one aside; reading the mentions for every one of thousands of repeated tags would be quadratic.
    if (++tags > MAX_TAGS) return null;
    const start = sentence.start + match.index + match[0].indexOf(match[1]!);
    const end = start + match[1]!.length;
    if (mentions.some((m) => m.start >= start && m.end === end && !m.possessive))
      return { kind: 'phrase', text: match[1]!, start, end, prefer: 'last' };
  }
  return null;
}

/**
 * A tag set off by commas inside a sentence ("What upset her most, she said, was a question …", "Trump, Sexton
 * said, has created …") says whose report the whole sentence is. The reported-speech scan reads tags at a
 * sentence's edge, so such a sentence gets either no speech or a speech verb deep inside it whose subject it could
 * not find (a clause: "… when a voter asked Clinton why … and thought"), and the first name in that clause was
 * credited and then taken by the next "she said". The aside is returned when there is no reported speech or only
 * such a clause, so it is recorded as the sentence's speaker; a speech whose subject the scan did read keeps it.
 */
export function tagAside(
  sentence: Sentence,
  speech: ReportedSpeech | null,
  mentions: PersonMention[],
): SpeakerPhrase | null {
  if (speech && (speech.subject.kind !== 'clause' || speech.subject.subject)) return null;
  return pronounAside(sentence) ?? nameAside(sentence, mentions);
}
