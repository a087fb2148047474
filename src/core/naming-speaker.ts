import { accusingPronoun } from './accusing-pronoun';
import type { Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { namingClauseSpeaker, type Span, subjectPronouns } from './naming-clause-speaker';
import type { PeopleIndex } from './people';
import type { ResolvedSpeaker, SpeakerResolver } from './speaker-resolution';

/**
 * A quotation's speaker named as the subject of its own clause's verb ("Christie called Obama a "petulant child""):
 * a named person, or a pronoun subject resolved for a whole utterance. Each quotation so credited joins `named`.
 */
export function namingSpeakerOf(
  sentences: Sentence[],
  {
    index,
    isQuoted,
    resolver,
    named,
  }: { index: PeopleIndex; isQuoted: (offset: number) => boolean; resolver: SpeakerResolver; named: Set<QuoteItem> },
): (item: QuoteItem) => ResolvedSpeaker | null {
  const pronouns = new Map<number, Span[]>();
  return (item: QuoteItem): ResolvedSpeaker | null => {
    const head = item.segments[0]!;
    const id = head.startSentence;
    const subjects = pronouns.get(id) ?? subjectPronouns(sentences[id]!, isQuoted);
    pronouns.set(id, subjects);
    const m = namingClauseSpeaker(
      sentences[id]!,
      { start: head.start, text: item.text },
      { mentions: index.mentions[id] ?? [], pronouns: subjects },
      isQuoted,
    );
    if (!m) return null;
    named.add(item);
    if ('mention' in m) return { name: m.mention.person.name, person: m.mention.person };
    // A pronoun subject only for a whole utterance, and a chain as a pronoun subject of reported speech is (the
    // clause-speech route below); a fragment's pronoun is left to the ranker's other evidence, but for the charge an
    // accuser quotes ("She accused officials of "…"", accusing-pronoun.ts).
    if (item.kind !== 'utterance' && !accusingPronoun(sentences[id]!, m.at, head.start)) return null;
    const speaker = resolver.resolve({ kind: 'pronoun', word: m.pronoun, at: m.at }, id);
    if (speaker) item.pronoun = m.pronoun;
    return speaker;
  };
}
