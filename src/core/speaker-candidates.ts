import type { Sentence } from './analysis-types';
import { askedQuestion } from './asked-question';
import { keyOf, type MentionFacts } from './mention-facts';
import { mentionStanding } from './mention-standing';
import { quoteAfterBodySubject } from './named-body-subject';
import type { PeopleIndex, PersonMention } from './people';
import { constructionFeatures } from './speaker-constructions';
import { speakerEvidence, WINDOW_BACK } from './speaker-evidence';
import { ROUTES, type SpeakerRoute } from './speaker-feature-names';
import type { ResolvedSpeaker } from './speaker-resolution';
import type { CueRates } from './speech-cues';

/** What the ranker needs to know about one quotation. */
export interface QuoteForRanking {
  startSentence: number;
  endSentence: number;
  /** Absolute offsets of the quoted words (first segment start, last segment end). */
  start: number;
  end: number;
  text: string;
  fragment: boolean;
  /** The rules' choice and how it was reached. */
  rule: ResolvedSpeaker | null;
  route: SpeakerRoute;
  /** The tag was a pronoun ("he said"). */
  pronounTag: string | null;
}

export interface SpeakerCandidate {
  speaker: ResolvedSpeaker;
  features: number[];
}

const NEAR_CHARS = 200;

const LOWER_START = /^\p{Ll}/u;

/**
 * Candidate speakers for each quotation, with features: the rules' choice, people named near the
 * quote (outside quotations), the previous quote's speaker, the speaker of reported speech nearby.
 * Bounded work per quote (a fixed window of sentences), so linear in the article.
 */
export function speakerCandidates(options: {
  sentences: Sentence[];
  index: PeopleIndex;
  quotes: QuoteForRanking[];
  /** The speech quotation before this one (titles and scare-quoted terms skipped), if any. */
  previousQuote: number | null;
  /**
   * A fragment's candidates from every sentence it spans, and the previous quotation's speaker
   * carried on to a fragment that opens its sentence in the same paragraph (thirteenth round in
   * docs/evaluation.md: measured, not shipped; `npm run train:speakers -- --wide-fragments`). It must
   * stay off at analysis time until the committed model is fitted with it: the ranker's weights and
   * thresholds were learned on the candidates it leaves out.
   */
  wideFragments?: boolean;
  /** The speech-cue table (default: the shipped one); the trainer's CV passes one per fold. */
  cues?: CueRates;
  speechSpeaker: Array<ResolvedSpeaker | null>;
  isQuoted: (offset: number) => boolean;
  quoteIndex: number;
  mentionCounts: Map<string, number>;
  mostMentioned: string | null;
  /** The facts of each mention read so far, kept by the caller across the quotes of one analysis. */
  facts?: Map<PersonMention, MentionFacts>;
}): SpeakerCandidate[] {
  const { sentences, index, quotes, quoteIndex: qi, isQuoted, facts = new Map() } = options;
  const quote = quotes[qi]!;
  const first = sentences[quote.startSentence]!;
  // Words inside a question put to someone ("asked by a reporter if "...") are the asker's: only
  // the rules' tag before them can say whose, never the person asked.
  const leadStart = Math.max(0, quote.start - first.start - 120);
  const lead = first.text.slice(leadStart, Math.max(0, quote.start - first.start));
  const question = askedQuestion(lead);
  if (question && (!quote.rule || quote.route !== 'tag-before')) return [];
  const { evidence, listeners, before, previous, next, nextRun, lastPersonBefore, firstInSentence } = speakerEvidence({
    sentences,
    index,
    quotes,
    quoteIndex: qi,
    isQuoted,
    facts,
    previousQuote: options.previousQuote,
    speechSpeaker: options.speechSpeaker,
  });
  // No one to weigh (a quote mark in a run of them, far from any name): nothing below can add one.
  if (evidence.size === 0) return [];

  const spans = (id: number): boolean =>
    id === quote.startSentence ||
    (options.wideFragments === true && id > quote.startSentence && id <= quote.endSentence);
  // "Politico reported about an email …, "…"": the sentence names a body as its subject, so someone named only in
  // other sentences did not say the words (named-body-subject.ts); the rules' own choice is still weighed.
  const bodyLed = quoteAfterBodySubject(sentences, index.mentions, quote.startSentence, quote.start);
  const quoteLower = quote.text.toLowerCase();
  let words = 1;
  for (let i = 0; i < quote.text.length; i++) if (quote.text.charCodeAt(i) === 32) words++;
  const n = evidence.size;
  const ruleKey = quote.rule ? keyOf(quote.rule) : null;
  const previousKey = previous ? keyOf(previous) : null;
  const nextKey = nextRun && next?.rule ? keyOf(next.rule) : null;
  const paragraphStart = quote.startSentence === 0 || sentences[quote.startSentence - 1]!.paragraph !== first.paragraph;
  const opensSentence = first.text.slice(0, Math.max(0, quote.start - first.start - 1)).trim() === '';
  // A fragment that opens its sentence right after a quotation of the same paragraph ("…," said
  // Harrison. "a second term" is what …) most often carries that quotation's speaker on.
  const wide = options.wideFragments === true;
  const carriedKey =
    wide && quote.fragment && opensSentence && before && sentences[before.endSentence]!.paragraph === first.paragraph
      ? previousKey
      : null;
  const place = {
    startSentence: quote.startSentence,
    endSentence: quote.endSentence,
    start: quote.start,
    end: quote.end,
    opensParagraph: paragraphStart && opensSentence,
  };
  const pronounGender = quote.pronounTag === 'he' ? 'male' : quote.pronounTag === 'she' ? 'female' : null;
  // Nearest mention before the quote with no other quotation in between, and after it.
  const floor = qi > 0 ? quotes[qi - 1]!.end : -1;
  const ceiling = next ? next.start : Number.POSITIVE_INFINITY;
  const candidates: SpeakerCandidate[] = [];
  for (const [key, e] of evidence) {
    if (question && !(key === ruleKey && quote.route === 'tag-before')) continue;
    if (listeners.has(key)) continue;
    if (bodyLed && key !== ruleKey && !e.mentions.some((m) => m.sentenceId === quote.startSentence)) continue;
    // A few words borrowed inside the reporter's sentences are the words of someone those sentences
    // name (or the rules' choice, or the speaker carried on), never of someone from an earlier one.
    if (quote.fragment && key !== ruleKey && key !== carriedKey && !e.mentions.some((m) => spans(m.sentenceId)))
      continue;
    const s = mentionStanding(sentences, quote, e.mentions, floor, ceiling);
    const isRule = key === ruleKey;
    const person = e.speaker.person;
    const count = person ? (options.mentionCounts.get(person.surname) ?? 0) : 0;
    const f: number[] = [1, isRule ? 1 : 0];
    for (const route of ROUTES) f.push(isRule && quote.route === route ? 1 : 0);
    f.push(
      isRule && quote.pronounTag ? 1 : 0,
      isRule && e.mentions.length === 0 ? 1 : 0,
      person ? 1 : 0,
      person?.weak ? 1 : 0,
      e.speaker.name.includes(' ') ? 1 : 0,
      person ? 0 : 1,
      key === previousKey ? 1 : 0,
      key === nextKey ? 1 : 0,
      s.sameBefore,
      s.sameAfter,
      s.inside,
      s.previousSentence,
      s.back < Number.POSITIVE_INFINITY ? s.back / WINDOW_BACK : 0,
      s.sameParagraph,
      s.earlierParagraphsOnly,
      s.subject,
      s.objectOnly,
      e.reported ? 1 : 0,
      Math.log1p(count) / 3,
      person && options.mostMentioned === person.surname ? 1 : 0,
      person && quoteLower.includes(person.surname.toLowerCase()) ? 1 : 0,
      quote.fragment ? 1 : 0,
      paragraphStart ? 1 : 0,
      Math.log1p(words) / 4,
      Math.log1p(n) / 2,
      pronounGender && person?.gender === pronounGender ? 1 : 0,
      pronounGender && person?.gender && person.gender !== pronounGender ? 1 : 0,
      lastPersonBefore === key ? 1 : 0,
      s.before <= NEAR_CHARS ? 1 : 0,
      s.after <= NEAR_CHARS ? 1 : 0,
      s.before <= NEAR_CHARS ? 1 - s.before / NEAR_CHARS : 0,
      s.after <= NEAR_CHARS ? 1 - s.after / NEAR_CHARS : 0,
      LOWER_START.test(e.speaker.name) ? 1 : 0,
      ...constructionFeatures(sentences, place, e.mentions, firstInSentence, options.cues),
      // Reported speech carries over to the quotation after it when its speaker is the subject of
      // the sentence just before; further back, someone else has usually spoken in between.
      isRule && quote.route === 'speech-before' && s.previousSentence && s.subject ? 1 : 0,
    );
    candidates.push({ speaker: e.speaker, features: f });
  }
  return candidates;
}
