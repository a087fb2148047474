import type { Sentence } from './analysis-types';
import { interviewerTurnBefore } from './interviewer-turn';
import { firstMentionFrom, keyOf, type MentionFacts, mentionFacts, relationBefore, titlesNext } from './mention-facts';
import { nextQuoteRunsOn } from './next-quote-runs-on';
import { passiveListener } from './passive-listener';
import type { PeopleIndex, PersonMention } from './people';
import { quoteOutsider } from './quote-outsider';
import { answeredAsker } from './reported-asker';
import { ruleDescriptionObject } from './rule-description-object';
import type { QuoteForRanking } from './speaker-candidates';
import type { ResolvedSpeaker } from './speaker-resolution';

/** How far from a quote (in characters) a mention may be and still be a candidate. */
const MENTION_REACH = 3000;

/** Sentences read before and after a quotation for the people who may have said it. */
export const WINDOW_BACK = 4;
const WINDOW_AHEAD = 1;

interface Evidence {
  speaker: ResolvedSpeaker;
  mentions: PersonMention[];
  reported: boolean;
}

/** What speakerCandidates reads of one quotation's surroundings. */
interface EvidenceInputs {
  sentences: Sentence[];
  index: PeopleIndex;
  quotes: QuoteForRanking[];
  previousQuote: number | null;
  speechSpeaker: Array<ResolvedSpeaker | null>;
  isQuoted: (offset: number) => boolean;
  quoteIndex: number;
  facts: Map<PersonMention, MentionFacts>;
}

/**
 * The people who may have said a quotation, each with the evidence for them (keyed by keyOf): the rules' choice,
 * the previous and next quotation's speakers, people named in a window of sentences around it (outside quotations)
 * and the speakers of reported speech there; and those ruled out as listeners or targets. Also what the features
 * read of the quotations around it.
 */
export function speakerEvidence(options: EvidenceInputs): {
  evidence: Map<string, Evidence>;
  listeners: Set<string>;
  before: QuoteForRanking | undefined;
  previous: ResolvedSpeaker | null;
  next: QuoteForRanking | undefined;
  nextRun: boolean;
  lastPersonBefore: string | null;
  firstInSentence: PersonMention | null;
} {
  const { sentences, index, quotes, quoteIndex: qi, isQuoted, facts } = options;
  const quote = quotes[qi]!;
  const first = sentences[quote.startSentence]!;
  const evidence = new Map<string, Evidence>();
  const add = (
    speaker: ResolvedSpeaker | null,
    mention?: PersonMention,
    reported = false,
    key = speaker && keyOf(speaker),
  ): void => {
    if (!speaker || key === null) return;
    let e = evidence.get(key);
    if (!e) {
      e = { speaker, mentions: [], reported: false };
      evidence.set(key, e);
    } else if (speaker.person && e.speaker.person && speaker.person !== e.speaker.person && e.speaker !== quote.rule) {
      // Namesakes ("Bill Clinton", "Hillary Clinton") both near the quote: their evidence counts
      // for the surname, but only the rules' own choice may name one of them; else the bare surname.
      e.speaker = {
        name: speaker.person.surname,
        person: { ...speaker.person, name: speaker.person.surname, gender: null },
      };
    }
    if (mention) e.mentions.push(mention);
    if (reported) e.reported = true;
  };
  add(quote.rule);
  const before = options.previousQuote === null ? undefined : quotes[options.previousQuote];
  // An interviewer's question between ends the previous speaker's run: the answer is someone else's.
  const turn = before !== undefined && interviewerTurnBefore(sentences, before.endSentence, quote.startSentence);
  const previous = turn ? null : (before?.rule ?? null);
  add(previous);
  const next = quotes[qi + 1];
  const nextRun = next && nextQuoteRunsOn(sentences, quote, next);
  if (nextRun) add(next.rule);
  const from = Math.max(0, quote.startSentence - WINDOW_BACK);
  const to = Math.min(sentences.length - 1, quote.endSentence + WINDOW_AHEAD);
  let lastPersonBefore: string | null = null;
  let firstInSentence: PersonMention | null = null;
  // "..., Marsh was told.": the one spoken to never says the quotation; nor does the one it judges.
  const listeners = new Set<string>();
  for (let id = from; id <= to; id++) {
    const paragraph = sentences[id]!.paragraph;
    if (paragraph < first.paragraph - 1 || paragraph > sentences[quote.endSentence]!.paragraph) continue;
    const list = index.mentions[id] ?? [];
    // Mentions are in order: start near the quote, so one long sentence with many quotes stays linear.
    for (let m = firstMentionFrom(list, quote.start - MENTION_REACH); m < list.length; m++) {
      const mention = list[m]!;
      if (mention.start > quote.end + MENTION_REACH) break;
      const at = sentences[id]!;
      let known = facts.get(mention);
      if (!known) {
        known = mentionFacts(mention, at, isQuoted);
        facts.set(mention, known);
      }
      if (!known.speaks) continue;
      // The same person again (most names near a quote): only the mention to record, no speaker to build.
      const seen = evidence.get(known.key);
      if (seen?.speaker.person === mention.person) seen.mentions.push(mention);
      else add({ name: mention.person.name, person: mention.person }, mention, false, known.key);
      if (known.addressed && passiveListener(at, mention, quote)) listeners.add(known.key);
      // "Labour accused Mr Sunak of "running scared"": the one judged is the words' target (quote-outsider.ts).
      // "Ms. Reid asked the minister whether …" ¶ "“No.”": the asker is answered, not answering (reported-asker.ts).
      if (id === quote.startSentence && quoteOutsider(at, mention, quote, relationBefore(known, at, mention)))
        listeners.add(known.key);
      else if (answeredAsker(sentences, quote, mention)) listeners.add(known.key);
      // "A source close to the chancellor told me": the rules' description names her as its complement only.
      if (id === quote.startSentence && ruleDescriptionObject(quote.rule, at, mention)) listeners.add(known.key);
      // "said Clinton campaign manager Robby Mook": when the rules chose the titled name, the name before the
      // title only says whom that person works for.
      const titled = list[m + 1];
      if (titled && quote.rule?.person === titled.person && titlesNext(known, at, mention, titled))
        listeners.add(known.key);
      if (id === quote.startSentence && mention.end <= quote.start) firstInSentence ??= mention;
      if (id <= quote.startSentence) lastPersonBefore = known.key;
    }
    add(options.speechSpeaker[id] ?? null, undefined, true);
  }
  return {
    evidence,
    listeners,
    before,
    previous,
    next,
    nextRun: !!nextRun,
    lastPersonBefore,
    firstInSentence,
  };
}
