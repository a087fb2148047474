import type { Sentence } from './analysis-types';
import { colonIntroduction, introductionNames } from './colon-introduction';
import { insideSpeechClause } from './inside-speech-clause';
import { interviewerTurn } from './interviewer-turn';
import { namingSpeakerOf } from './naming-speaker';
import { nearerSpeechSubject } from './nearer-speech-subject';
import { nestedSpeech, relayedTag } from './nested-speech';
import { newSubjectSince } from './new-subject-since';
import { quoteSpan } from './next-quote-runs-on';
import { paragraphLeadSpeaker } from './paragraph-lead-speaker';
import { indexPeople, type PeopleIndex } from './people';
import { possessorsMessage } from './possessors-message';
import { glossEnd } from './quote-gloss';
import { quoteItems } from './quote-items';
import type { QuoteKind } from './quote-kind';
import { insideSegments } from './quote-segment-groups';
import { type QuoteSegment, scanQuoteSegments } from './quote-spans';
import { quotedJustBefore } from './quoted-just-before';
import { findReportedSpeech } from './reported-speech';
import { runNextSpeakers } from './run-next-speakers';
import { runPreviousUtterance } from './run-previous-utterance';
import type { SpeakerRoute } from './speaker-feature-names';
import type { SpeakerPhrase } from './speaker-phrase';
import { type ResolvedSpeaker, SpeakerResolver } from './speaker-resolution';
import { subordinateSpeechAfter } from './subordinate-speech-after';
import { tagAside } from './tag-aside';
import { unnamedRelativeSpeech } from './unnamed-relative-speech';

export interface QuoteItem {
  segments: QuoteSegment[];
  /** The quoted words, segments joined. */
  text: string;
  kind: QuoteKind;
  /** Its words (quoteWords), split once for the classifiers and the non-speech judge. */
  words: readonly string[];
  /**
   * A programme or book title closed US-style ("CNN's \"New Day,\""): not reported as a quote
   * (find-quotes.ts), but still a ranking input, as when the speaker ranker was fitted.
   */
  mediaTitle: boolean;
  /**
   * After a label naming no one the article knows (`Bush: "..."` in a list), or before a clause of its own whose
   * subject no tag reader read (`"…," the choir sang at the end.`, own-clause-after.ts): never carried over.
   */
  unknownLabel: boolean;
  /**
   * Opening its sentence before a clause of its own whose subject no tag reader read (`"…," the choir sang.`,
   * `"…," closed Ann Lee's set.`): that subject said it, so no one else is printed, whatever the ranker weighs.
   */
  objectOfOwnClause: boolean;
  /** The tag found next to the quote itself, if any. */
  tag: SpeakerPhrase | 'untagged-colon' | null;
  tagSentence: number;
  tagIsAfter: boolean;
  speaker: ResolvedSpeaker | null;
  attributed: boolean;
  /** How the rules reached the speaker, and the pronoun of the tag if it was one. */
  route: SpeakerRoute;
  pronoun: string | null;
}

export interface RuleAttribution {
  items: QuoteItem[];
  index: PeopleIndex;
  /** The speaker of reported speech in each sentence ("X said that ..."), if any. */
  speechSpeaker: Array<ResolvedSpeaker | null>;
  isQuoted: (offset: number) => boolean;
}

const pronounOf = (phrase: SpeakerPhrase | null): string | null => (phrase?.kind === 'pronoun' ? phrase.word : null);

/**
 * Every quoted span in article order, with the speaker the rules give it: tags next to the quote
 * first, then colon introductions, then the quotation run it continues, then reported speech just
 * before it. The ranker (find-quotes.ts) weighs this choice against other candidates.
 */
export function attributeQuotes(sentences: Sentence[]): RuleAttribution {
  const index = indexPeople(sentences);
  const segments = scanQuoteSegments(sentences);
  const isQuoted = (offset: number): boolean => insideSegments(segments, offset);
  const resolver = new SpeakerResolver(sentences, index, isQuoted);
  const items = quoteItems(sentences, segments, index);

  // Quotations credited to the subject of their own clause's verb: that says nothing of the quotation before them.
  const named = new Set<QuoteItem>();
  const namingSpeaker = namingSpeakerOf(sentences, { index, isQuoted, resolver, named });

  // Pass 1: explicit tags, in order, so pronouns can lean on earlier attributions.
  const reported = sentences.map((s) => findReportedSpeech(sentences, s.id, { allowQuotes: true }));
  const speechSpeaker: Array<ResolvedSpeaker | null> = sentences.map(() => null);
  let itemIndex = 0;
  for (const sentence of sentences) {
    const aside = tagAside(sentence, reported[sentence.id] ?? null, index.mentions[sentence.id] ?? []);
    if (aside && reported[sentence.id]) reported[sentence.id] = { ...reported[sentence.id]!, subject: aside };
    const speech = reported[sentence.id];
    if (speech) {
      const speaker = resolver.resolve(speech.subject, sentence.id);
      speechSpeaker[sentence.id] = speaker;
      if (speaker) resolver.record(sentence.id, speaker);
    } else {
      const speaker = aside && resolver.resolve(aside, sentence.id);
      if (speaker) resolver.record(sentence.id, speaker);
    }
    for (; itemIndex < items.length && items[itemIndex]!.segments[0]!.startSentence <= sentence.id; itemIndex++) {
      const item = items[itemIndex]!;
      if (
        !item.tag &&
        speech &&
        subordinateSpeechAfter(sentence, speech, quoteSpan(item), index.mentions[sentence.id] ?? [])
      ) {
        // "cries of "Hear, hear" when the mayor said …": the main clause's object, no one's speech, never carried on.
        item.objectOfOwnClause = item.unknownLabel = true;
      } else if (item.tag && item.tag !== 'untagged-colon') {
        item.speaker = resolver.resolve(item.tag, item.tagSentence);
        item.attributed = true;
        item.route = item.tagIsAfter ? 'tag-after' : 'tag-before';
        item.pronoun = pronounOf(item.tag);
        if (item.speaker) resolver.record(item.tagSentence, item.speaker);
        // "X told the court that the company wrote to him and said …": a tag inside the reported clause naming no one.
        else if (speech && relayedTag(item, sentence, speech)) item.objectOfOwnClause = true;
      } else if (item.kind === 'fragment') {
        const head = item.segments[0]!;
        const nearer = speech && nearerSpeechSubject(sentence, speech, head.start, index, isQuoted);
        // "… told reporters that the home called her and said her mother had "a minor fall"": the home's words, relayed.
        if (!nearer && speech && nestedSpeech(sentence, speech, head.start)) item.objectOfOwnClause = true;
        else item.speaker = nearer ?? speechSpeaker[head.startSentence] ?? namingSpeaker(item) ?? null;
        if (item.speaker) item.route = 'fragment-speech';
        // "She added that staff had been "…"" right after her quotation: the speaker rests on the reporting pronoun, as a
        // "she said" tag's does (quoted-just-before.ts).
        const carried = item.speaker && !nearer && item.speaker === speechSpeaker[head.startSentence];
        // A person's "he" or "she" only: "It said that …" after an email's quotation is the email's, no one's to print.
        const pronoun = pronounOf(speech?.subject ?? null);
        // "He said that Clinton's call to "…"": the call's words are Clinton's, so the pronoun vouches for no one.
        const opening = sentences[head.startSentence]!;
        const owned = possessorsMessage(opening.text.slice(0, head.start - opening.start));
        if (
          carried &&
          !owned &&
          (pronoun === 'he' || pronoun === 'she') &&
          quotedJustBefore(items, itemIndex, item.speaker!)
        )
          item.pronoun = pronoun;
      } else if (item.kind === 'utterance' && speech && insideSpeechClause(item.segments[0]!, sentence, speech)) {
        // "Cruz argued that if Trump wins "we will see ..."": the words quoted inside a reported
        // clause are the reporting subject's (or of someone speaking later in it, nearer the quote).
        const nearer = nearerSpeechSubject(sentence, speech, item.segments[0]!.start, index, isQuoted);
        item.speaker = nearer ?? speechSpeaker[sentence.id] ?? null;
        if (item.speaker) {
          item.route = 'clause-speech';
          item.pronoun = nearer ? null : pronounOf(speech.subject);
        }
      } else if (item.kind === 'utterance' && !item.unknownLabel && item.tag === null) {
        // "Christie called Obama a "petulant child" who's acting "…"": a named subject's verb of communication.
        item.speaker = namingSpeaker(item);
        if (item.speaker) item.route = 'clause-speech';
      }
    }
  }

  // Pass 2: untagged quotations take the speaker of the run they belong to: a colon introduction,
  // the quotation just before, or reported speech shortly before with no one else named between.
  const endOf = (item: QuoteItem): number => glossEnd(sentences, item.segments.at(-1)!.endSentence);
  const resolved = new Set<QuoteItem>();
  items.forEach((item, i) => {
    if (item.attributed || item.route !== 'none' || item.kind !== 'utterance' || item.unknownLabel) return;
    const first = item.segments[0]!.startSentence;
    const intro = colonIntroduction(sentences, item.segments[0]!, item.tag);
    const introduced = intro && resolver.resolve(intro.phrase, intro.sentenceId);
    if (intro && (introduced ? introductionNames(intro, sentences, introduced) : !intro.untagged)) {
      item.speaker = introduced;
      item.route = 'colon';
      item.pronoun = pronounOf(intro.phrase);
      resolved.add(item);
      return;
    }
    const previous = items[i - 1];
    const run = runPreviousUtterance(items, i);
    if (
      run &&
      run.kind === 'utterance' &&
      endOf(run) >= first - 1 &&
      (run.speaker || resolved.has(run) || run.attributed) &&
      !newSubjectSince(sentences, index.mentions, isQuoted, {
        previousEnd: endOf(run),
        quoteSentence: first,
        quoteStart: item.segments[0]!.start,
        speaker: run.speaker?.name,
      })
    ) {
      item.speaker = run.speaker;
      item.route = 'run-previous';
      resolved.add(item);
      return;
    }
    // "In an address, President Hollande condemned the "…"": a subject of its own sentence keeps an earlier speaker off.
    const own = {
      previousEnd: first - 1,
      quoteSentence: first,
      quoteStart: item.segments[0]!.start,
      speaker: undefined,
    };
    const ownSubject =
      newSubjectSince(sentences, index.mentions, isQuoted, own) ||
      unnamedRelativeSpeech(reported[first], own.quoteStart);
    for (let id = first - 1; !ownSubject && id >= 0 && id >= first - 3 && !interviewerTurn(sentences, id); id--) {
      const speaker = speechSpeaker[id];
      if (speaker) {
        item.speaker = speaker;
        item.route = 'speech-before';
        // "She added that ...": the speaker rests on a pronoun, as a "she said" tag's does.
        item.pronoun = pronounOf(reported[id]?.subject ?? null);
        resolved.add(item);
        return;
      }
      if (previous && endOf(previous) >= id) break;
      if ((index.mentions[id] ?? []).some((m) => !isQuoted(m.start))) break;
      // "The Clinton Foundation describes itself in the following way:": a sentence introducing what follows with a
      // colon is the quotation's own lead-in, whoever it names; speech before it does not reach past.
      if (/:\s*$/.test(sentences[id]!.text)) break;
    }
  });
  // A quotation standing as its own paragraph, after one whose closing sentence's subject speaks: read before the
  // run back from a later paragraph's tag, since the lead introduces it ("Trump was quick to add …" ¶ "Building it?").
  items.forEach((item, i) => {
    if (item.attributed || item.route !== 'none' || item.kind !== 'utterance' || item.unknownLabel) return;
    const speaker = paragraphLeadSpeaker(sentences, item, items[i - 1], index, isQuoted);
    if (speaker) {
      item.speaker = speaker;
      item.route = 'speech-before';
    }
  });
  runNextSpeakers(sentences, items, { index, isQuoted, named, resolved });
  return { items, index, speechSpeaker, isQuoted };
}
