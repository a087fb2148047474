import type { Sentence } from './analysis-types';
import { askedQuestion } from './asked-question';
import { interviewerTurnBefore } from './interviewer-turn';
import { firstMentionFrom, keyOf, type MentionFacts, mentionFacts, relationBefore, titlesNext } from './mention-facts';
import { mentionStanding } from './mention-standing';
import { quoteAfterBodySubject } from './named-body-subject';
import { nextQuoteRunsOn } from './next-quote-runs-on';
import { passiveListener } from './passive-listener';
import type { PeopleIndex, PersonMention } from './people';
import { quoteOutsider } from './quote-outsider';
import { answeredAsker } from './reported-asker';
import { constructionFeatures } from './speaker-constructions';
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
/** How far from a quote (in characters) a mention may be and still be a candidate. */
const MENTION_REACH = 3000;

const LOWER_START = /^\p{Ll}/u;

const WINDOW_BACK = 4;
const WINDOW_AHEAD = 1;

interface Evidence {
  speaker: ResolvedSpeaker;
  mentions: PersonMention[];
  reported: boolean;
}

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
  const nextKey = nextRun && next.rule ? keyOf(next.rule) : null;
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
