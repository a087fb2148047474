import type { Sentence } from './analysis-types';
import { attributeQuotes, type QuoteItem } from './attribute-quotes';
import { crowdChantAfter } from './chant-after';
import { crowdChant } from './chanted-quote';
import { type JointSpeaker, jointSpeakers } from './joint-speaker';
import type { MentionFacts } from './mention-facts';
import type { PersonMention } from './people';
import { type QuoteForRanking, type SpeakerCandidate, speakerCandidates } from './speaker-candidates';
import { noneFeatures } from './speaker-ranker';
import type { CueRates } from './speech-cues';

export interface RankingInput {
  item: QuoteItem;
  candidates: SpeakerCandidate[];
  none: number[];
  /**
   * The rules' speaker rests on a pronoun ("he said", or a run of quotes one of which says so).
   * The training labels leave pronoun sources unnamed, so the ranker never learned these: the
   * rules' pronoun resolution decides them.
   */
  pronounChain: boolean;
  /**
   * A crowd's chant ("protesters chanted "…""): no one named near it said it (chanted-quote.ts). Its candidates are
   * kept, so the acceptance model still weighs the span as it learned to, but none of them is printed.
   */
  crowd?: boolean;
  /** Two people the tag names together ("Ann Lee and Tom Ruiz said"): printed as the pair (joint-speaker.ts). */
  joint?: JointSpeaker | null;
}

/** How candidates are drawn and weighed; the defaults are what the engine ships. */
export interface SpeakerInputOptions {
  /** The thirteenth round's wider fragment candidates (an experiment of the trainer). */
  wideFragments?: boolean;
  /** The speech-cue table the features read (default: the shipped one, learned from all of train). */
  cues?: CueRates;
}

/** Speech quotations only: titles and single scare-quoted terms get no speaker. */
const isSpeech = (item: QuoteItem): boolean => item.kind === 'utterance' || item.kind === 'fragment';

/**
 * Every quoted span with its candidate speakers and their features: what the ranker scores at
 * analysis time and what the trainer learns from (the same code, so the two cannot drift).
 */
export function quoteSpeakerInputs(sentences: Sentence[], options: SpeakerInputOptions = {}): RankingInput[] {
  const { items, index, speechSpeaker, isQuoted } = attributeQuotes(sentences);
  const mentionCounts = new Map<string, number>();
  let mostMentioned: string | null = null;
  for (const list of index.mentions) {
    for (const m of list) {
      const n = (mentionCounts.get(m.person.surname) ?? 0) + 1;
      mentionCounts.set(m.person.surname, n);
      if (n > (mostMentioned ? (mentionCounts.get(mostMentioned) ?? 0) : 0)) mostMentioned = m.person.surname;
    }
  }
  const quotes: QuoteForRanking[] = items.map((item) => {
    const head = item.segments[0]!;
    const tail = item.segments[item.segments.length - 1]!;
    return {
      startSentence: head.startSentence,
      endSentence: tail.endSentence,
      start: head.start,
      end: tail.end,
      text: item.text,
      fragment: item.kind === 'fragment',
      rule: item.speaker,
      route: item.route,
      pronounTag: item.pronoun,
    };
  });
  const chain = items.map((item) => item.pronoun !== null);
  for (let i = 1; i < items.length; i++) if (items[i]!.route === 'run-previous' && chain[i - 1]) chain[i] = true;
  for (let i = items.length - 2; i >= 0; i--) if (items[i]!.route === 'run-next' && chain[i + 1]) chain[i] = true;
  let previous: number | null = null;
  const joint = jointSpeakers(items, sentences, index, isQuoted);
  const facts = new Map<PersonMention, MentionFacts>();
  return items.map((item, quoteIndex) => {
    const pronounChain = chain[quoteIndex]!;
    if (!isSpeech(item)) return { item, candidates: [], none: [], pronounChain };
    const before = previous;
    previous = quoteIndex;
    const candidates = speakerCandidates({
      sentences,
      index,
      quotes,
      quoteIndex,
      previousQuote: before,
      wideFragments: options.wideFragments,
      cues: options.cues,
      speechSpeaker,
      isQuoted,
      mentionCounts,
      mostMentioned,
      facts,
    });
    const none = noneFeatures(candidates, item.speaker !== null, item.kind === 'fragment');
    const head = item.segments[0]!;
    const tail = item.segments.at(-1)!;
    const crowd =
      crowdChant(sentences[head.startSentence]!, head.start, index.mentions[head.startSentence] ?? []) ||
      crowdChantAfter(sentences[tail.endSentence]!, tail.end, index.mentions[tail.endSentence] ?? []);
    return { item, candidates, none, pronounChain, crowd, joint: joint[quoteIndex] };
  });
}
