import type { Quote, Sentence } from './analysis-types';
import type { QuoteItem } from './attribute-quotes';
import { clauseSubjectFallback } from './clause-subject-fallback';
import { colonTagSpeaker } from './colon-tag-speaker';
import { interviewerTurnIds } from './interviewer-turn';
import { unpairedPair } from './joint-speaker';
import { chooseKeyQuotes } from './key-quotes';
import { listedSpeaker } from './listed-speaker';
import model from './models/speaker-ranker.json' with { type: 'json' };
import { nestedReportSubject } from './nested-report-subject';
import { namedInOwnSubject } from './own-subject-tag';
import { partitiveSpeaker } from './partitive-speaker';
import { type AcceptanceModel, type JudgedSpan, quoteAcceptance } from './quote-acceptance';
import { quoteSpeakerInputs } from './quote-speaker-inputs';
import { quotedNonSpeech } from './quoted-non-speech';
import { relativeClauseMention } from './relative-clause-mention';
import { relayedQuote } from './relayed-quote';
import { bestCandidate, confidenceOf, rankSpeakers, type SpeakerModel, vetoPronounChain } from './speaker-ranker';
import type { ResolvedSpeaker } from './speaker-resolution';
import type { CueRates } from './speech-cues';
import { findTranscriptQuotes, mergeTranscriptQuotes } from './transcript-quotes';
import { unvoicedFragment } from './unvoiced-fragment';
import { whoseClauseQuote } from './whose-clause-quote';
import { withoutLeadIn } from './without-lead-in';
import { wordBounded } from './word-bounded';

const SPEAKER_MODEL = model as SpeakerModel;
const WORDY = /[\p{L}\p{N}]/u;

/**
 * The name as a desk prints it: without a sentence opener the name run took in ("Said Dorothy Poynter"). The copy
 * (`text`, read once) keeps a given name shaped like an opener that it writes inside a sentence: "Carly Fiorina",
 * "Beverly Bond" (cut to "Fiorina" on 40 PolNeAR rows before session 53, where who is who kept the whole name).
 */
function printable(name: string | null, text: () => string): string | null {
  // "Gorka’s analysis is: why would any rational person": a clause the subject reading ran into, no one's name or
  // description; a name or a description never holds a colon or a question's mark.
  if (name !== null && /[:;?!]/.test(name)) return null;
  return name === null || !/^\p{Lu}/u.test(name) ? name : withoutLeadIn(name, text());
}

/**
 * "Others shouted:", "Some said": a plural indefinite pronoun alone says a crowd spoke, not who, so a quotation shows
 * no name (issue 11). A statement keeps it: its claim is the point, and it has no unattributed form. A description
 * with its noun ("some in the crowd") is printed as the copy words it.
 */
const crowdWord = (name: string | null): boolean =>
  name !== null && /^(?:others|some|many|several|most|few|both|all)$/i.test(name);

/**
 * `"Not for sale," many said.`: the tag's own phrase is such a pronoun. Speaker resolution drops a lower-case
 * one-word subject, and the ranker would then carry the person named just before onto the crowd's words (review
 * B-r54-2), so the tag's words decide before any name is resolved.
 */
const crowdTag = (item: QuoteItem): boolean => {
  const tag = item.tag;
  if (tag === null || tag === 'untagged-colon' || tag.kind !== 'phrase' || !crowdWord(tag.text.trim())) return false;
  // Right after the closing mark only: "Although Reynolds says that Santilli "broke the story" …, others argue" puts
  // the crowd in another clause.
  return tag.start - item.segments.at(-1)!.end <= 4;
};

/**
 * The rules' description over a name cut from it: "The British Retail Consortium, which represents …, said"
 * is the consortium, not a person "Retail Consortium"; "one Clinton aide said" is the aide, not Clinton.
 */
function fullerDescription(item: QuoteItem, ranked: ResolvedSpeaker | null): ResolvedSpeaker | null {
  const rule = item.speaker;
  // Only a tag next to the quote: a speaker carried over from earlier sentences is weaker than the name.
  if (item.route !== 'tag-before' && item.route !== 'tag-after') return ranked;
  // "Harold Briggs" from the tag, "Harold Briggs Jr." ranked: the ranker's name is the fuller one.
  if (!rule || rule.person || !ranked?.person || ranked.name.includes(rule.name)) return ranked;
  return wordBounded(rule.name, ranked.person.surname) ? rule : ranked;
}

export interface FindQuotesOptions {
  /** Which spans count as quotes (quote-acceptance.ts); the trainer passes one that keeps all. */
  acceptance?: AcceptanceModel;
  /** Sees every marked span that reaches the acceptance model, judged or not, in order (the trainer reads them). */
  observe?: (span: JudgedSpan & { text: string; sentenceId: number }) => void;
  /**
   * The speech-cue table and the speaker ranker every step reads (default: the shipped ones, learned
   * from all of PolNeAR train); the quote trainer's cross-validation passes each fold's own.
   */
  cues?: CueRates;
  speakerModel?: SpeakerModel;
}

/**
 * Every direct quotation in article order, with its speaker: the attribution rules propose, the
 * learned ranker (speaker-ranker.ts) weighs their choice against the other people around the
 * quote and leaves the speaker null when the evidence is weak: a guess is worse than no answer.
 * `title` is the headline, which names the interviewee of an interview transcript.
 */
export function findQuotes(sentences: Sentence[], title = '', options: FindQuotesOptions = {}): Quote[] {
  const { cues, acceptance, speakerModel = SPEAKER_MODEL } = options;
  const inputs = quoteSpeakerInputs(sentences, { cues });
  const nonSpeech = quotedNonSpeech(sentences, { cues });
  const accept = quoteAcceptance(
    sentences,
    inputs.map((i) => i.item),
    { acceptance, cues },
  );
  // The copy once, and each name printed once: a name's opener test reads the whole copy.
  let copy: string | undefined;
  const text = (): string => (copy ??= sentences.map((s) => s.text).join('\n'));
  const printed = new Map<string | null, string | null>();
  const print = (name: string | null): string | null => {
    if (!printed.has(name)) printed.set(name, printable(name, text));
    return printed.get(name)!;
  };
  // Items whose words came through a relay (relayed-quote.ts): the quotation run on from one is relayed too.
  const relayed = new Set<number>();
  const marked = inputs.flatMap(({ item, candidates, none, pronounChain, crowd, joint }, at) => {
    // Titles and terms are not speech; a pair of marks around nothing is not a quote.
    if (item.kind === 'title' || item.kind === 'term' || item.mediaTitle || !WORDY.test(item.text)) return [];
    const ranked = pronounChain
      ? vetoPronounChain(speakerModel, item.speaker, candidates, none)
      : (rankSpeakers(speakerModel, candidates, none) ??
        colonTagSpeaker(item, sentences, speakerModel, candidates, none));
    // "The union said Jane Kim "…"": the tag's subject, not the reported clause's (clause-subject-fallback.ts), nor a
    // name in a relative clause on that subject (relative-clause-mention.ts); a promise reported inside the reported
    // clause is its own subject's (nested-report-subject.ts).
    const fuller = nestedReportSubject(
      item,
      sentences,
      candidates,
      relativeClauseMention(item, sentences, clauseSubjectFallback(item, sentences, fullerDescription(item, ranked))),
    );
    const named =
      namedInOwnSubject(item.tag, fuller) || listedSpeaker(item, sentences, fuller)
        ? null
        : print(fuller?.name ?? null);
    // A crowd's chant is speech, judged below as before, but no named person's (chanted-quote.ts); nor are the words
    // a statement or a report carries when the copy names no one behind it (message-speaker.ts), nor the object of
    // its own clause whose subject is no name (attribute-quotes.ts).
    // "Ann Lee and Tom Ruiz said": the pair spoke, so the ranker's pick of one of them prints both (a list, no one).
    const shown = fuller?.person && joint?.people.includes(fuller.person) ? print(joint.name) : named;
    // "Mayor Strand, whose administration pledged to "…"": the body's words, no person's (whose-clause-quote.ts); a
    // term quoted where no one says anything, no one's (unvoiced-fragment.ts); words "X said, according to <relay>",
    // no one's (relayed-quote.ts).
    if (relayedQuote(item, sentences, shown) || (item.route === 'run-previous' && relayed.has(at - 1))) relayed.add(at);
    const speaker =
      crowd ||
      crowdTag(item) ||
      unpairedPair(item, joint, sentences) ||
      fuller?.message ||
      item.objectOfOwnClause ||
      crowdWord(named) ||
      partitiveSpeaker(named) ||
      whoseClauseQuote(item, sentences) ||
      unvoicedFragment(item, sentences) ||
      relayed.has(at)
        ? null
        : shown;
    // Attribute values, linked excerpts, listed titles, a reporter's own terms (quoted-non-speech.ts).
    const previous = at > 0 ? inputs[at - 1]!.item : null;
    if (nonSpeech({ item, previous, speaker: named })) return [];
    // What the annotation counts as a direct quote, learned (quote-acceptance.ts).
    const confidence = (): number => {
      const ranked = bestCandidate(speakerModel, candidates, none);
      return ranked ? confidenceOf(speakerModel, ranked.evidence) : 0;
    };
    // A crowd's chant is speech by its verb, as a tagged quotation is: the acceptance model, which reads spans
    // no one is credited with, has nothing to add, whether or not a name stood near it.
    const judged = crowd
      ? { judged: false, features: [], probability: 1, accepted: true }
      : accept({ item, speaker: named, confidence, pronounChain });
    const sentenceId = item.segments[0]!.startSentence;
    options.observe?.({ ...judged, text: item.text, sentenceId });
    if (!judged.accepted) return [];
    return [{ text: item.text, speaker, sentenceId, key: false, kind: item.kind }];
  });
  // Transcripts and round-ups carry their speakers in labels, not quote marks (transcript-quotes.ts).
  const quotes = mergeTranscriptQuotes(marked, findTranscriptQuotes(sentences, title));
  chooseKeyQuotes(quotes, interviewerTurnIds(sentences));
  return quotes.map(({ text, speaker, sentenceId, key }) => ({ text, speaker, sentenceId, key }));
}
