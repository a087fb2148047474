import type { Analysis, OpenQuestion, QuestionKind } from './analysis-types';
import { argumentKind } from './argument-kind';
import { type ArticlePhrasing, articlePhrasing } from './article-phrasing';
import { articleYear } from './article-year';
import { carriedCredit } from './carried-credit';
import { centralDispute } from './central-dispute';
import { CHARGE_WORDS } from './charge-words';
import { claimAnswered } from './claim-answered';
import { continuedQuotation } from './continued-quotation';
import { withoutClockTime } from './copy-furniture';
import { cueContext } from './cue-context';
import { figureOfCaption } from './figure-caption';
import { followupFeatures } from './followup-features';
import { headlineCheck } from './headline-check';
import { interviewerTurnIds } from './interviewer-turn';
import { ASKED, keptCues } from './kept-cues';
import { keptPlace } from './kept-place';
import { KIND_GATES, type KindGate } from './kind-gates';
import { laterSentences } from './later-sentences';
import { leadIn } from './lead-in';
import { mentionsEntity } from './mentions-entity';
import { namingWho } from './naming-who';
import { namedOnRecordNext } from './on-record-next';
import { passageReader } from './passage-features';
import { passageInstead } from './passage-instead';
import { passageItem } from './passage-item';
import { passageSpeaker } from './passage-speaker';
import { phraseCandidate } from './phrase-candidate';
import type { PhraseContext } from './phrase-question';
import { previousPerson } from './previous-person';
import { pronounSubject } from './pronoun-subject';
import { type Cue, findCues } from './question-cues';
import { INQUIRY } from './question-pairs';
import { quoteTail } from './quote-tail';
import { LazyEvidence, type SentenceEvidence } from './sentence-evidence';
import { unnamedSource } from './unnamed-source';
import { writersConjunct } from './writers-conjunct';

export type QuestionInput = Pick<Analysis, 'title' | 'sentences' | 'quotes' | 'statements' | 'entities'> & {
  publishedAt?: string;
};

/** The item a sentence would become if chosen: its question (or passage), kind, cited ids and the paired sentence it uses up. */
interface QuestionItem {
  text: string;
  kind: QuestionKind;
  sentenceIds: number[];
  alsoUses: number | null;
}

/**
 * An article read once for its open questions: the evidence of every sentence, the questions that
 * come first whatever the ranking (the central dispute, the headline check) and, on demand, the
 * item each sentence would give (phrased once, then remembered, so a choice can be tried many ways).
 */
export interface PreparedQuestions {
  sentences: SentenceEvidence[];
  dispute: OpenQuestion | null;
  headline: OpenQuestion | null;
  /** Sentence indexes the central dispute already cites. */
  used: number[];
  /**
   * Small tie-breaks added to a candidate's score: more cues, a named actor, a paired sentence,
   * an early place. On demand (then remembered): most sentences never reach a bar.
   */
  extra: (index: number) => number;
  item: (index: number) => QuestionItem;
}

const EDITORS_NOTE = /^\W*editor['’]s note\b/i;
/** How many sentences after a pending one are read for a report of its act done (reported-later.ts). */
const REPORT_WITHIN = 20;
/**
 * Reads the article once for findOpenQuestions (and for the cross-validation that tries other choices);
 * `gates`, the kind gates the cues pass (kind-gates.ts), varies only in the measurement.
 */
export function prepareQuestions(partial: QuestionInput, gates: readonly KindGate[] = KIND_GATES): PreparedQuestions {
  const { sentences, entities } = partial;
  const actors = entities.filter((e) => (e.type === 'person' || e.type === 'organization') && /^[A-Z]/.test(e.name));
  const speakers = new Map<number, string>();
  for (const s of partial.statements) speakers.set(s.sentenceId, s.speaker);
  for (const q of partial.quotes) if (q.speaker && !speakers.has(q.sentenceId)) speakers.set(q.sentenceId, q.speaker);
  const chargeQuotes = new Set(
    partial.quotes.filter((q) => q.speaker && CHARGE_WORDS.pattern.test(q.text)).map((q) => q.sentenceId),
  );
  // One pass over the article, on the first pair sought: every lookup of "an inquiry under way" reads this list.
  let inquiries: number[] | undefined;
  const inquiryList = (): number[] => (inquiries ??= sentences.flatMap((s, i) => (INQUIRY.test(s.text) ? [i] : [])));
  const passage = passageReader(partial.title);
  const fallbacksOf = new Map<number, Cue[]>();
  const interviewer = interviewerTurnIds(sentences);
  const laterOf = laterSentences(sentences, REPORT_WITHIN);
  const evidence = sentences.map((sentence, index): SentenceEvidence => {
    // "Editor’s note: …": the site's own note on a recurring subject is page furniture, no lead of this story.
    // A lead-in ("Soerens argued that:") holds no claim of its own: what it introduces follows it; nor does a
    // transcript's interviewer turn ("MAHER: Your critics say …"), put to the guest (interviewer-turn.ts).
    const found =
      EDITORS_NOTE.test(sentence.text) ||
      leadIn(sentence.text) ||
      interviewer.has(sentence.id) ||
      quoteTail(sentence.text, sentences[index - 1]?.text)
        ? []
        : findCues(sentence.text, cueContext(partial.title, sentences, index), gates, partial);
    // The scorer reads the cues as found; most sentences carry no cue and are never scored, so their
    // features are built only when asked for.
    let features: string[] | undefined;
    const featuresOf = (): string[] =>
      (features ??= followupFeatures(sentence.text, index, sentences.length, found, passage(sentence.text)));
    const cues = keptCues(found, {
      text: sentence.text,
      next: sentences[index + 1]?.text ?? '',
      chargeQuote: chargeQuotes.has(sentence.id),
      hasSpeaker: speakers.has(sentence.id),
      nextSpeaker: speakers.get(sentences[index + 1]?.id ?? -1) ?? '',
      // The story's next twenty sentences (a live page's entries above, when it runs newest first): a report of the
      // act comes in the paragraphs told after it, and a bounded look keeps an article of many pending sentences linear.
      later: () => laterOf(index),
    });
    const cue = cues[0] ?? null;
    fallbacksOf.set(index, cue?.family.narrow ? cues.slice(1) : []);
    return new LazyEvidence(index, cue, cues.length, featuresOf);
  });
  const pairs = new Map<number, number | null>();
  const pairOf = (index: number): number | null => {
    if (!pairs.has(index))
      pairs.set(
        index,
        evidence[index]!.cue?.family.pair?.({
          sentences,
          index,
          get inquiries() {
            return inquiryList();
          },
        }) ?? null,
      );
    return pairs.get(index)!;
  };
  const extras = new Map<number, number>();
  const extra = (index: number): number => {
    let value = extras.get(index);
    if (value === undefined) {
      const sentence = sentences[index]!;
      const named = speakers.has(sentence.id) || actors.some((e) => mentionsEntity(sentence.text, e));
      value =
        0.15 * Math.min(2, Math.max(0, evidence[index]!.cueCount - 1)) +
        (named ? 0.2 : 0) +
        (pairOf(index) !== null ? 0.3 : 0) -
        0.01 * index;
      extras.set(index, value);
    }
    return value;
  };

  const speakerNames = new Set(speakers.values());
  // The article's, not a question's: read once, on the first sentence phrased (a quarter of stories phrase none).
  let phrasing: ArticlePhrasing | undefined;
  const article = (): ArticlePhrasing => (phrasing ??= articlePhrasing(partial, actors, speakerNames));
  const dispute = centralDispute(sentences, speakers);
  const used = dispute ? dispute.sentenceIds.map((id) => sentences.findIndex((s) => s.id === id)) : [];
  const items = new Map<number, QuestionItem>();

  const build = (index: number): QuestionItem => {
    const { properWords, mainActor, mainIsPerson, people, copy: whole } = article();
    const sentence = sentences[index]!;
    const { cue } = evidence[index]!;
    const pairIndex = pairOf(index);
    const pairSentence = pairIndex === null ? undefined : sentences[pairIndex];
    const actor =
      speakers.get(sentence.id) ??
      previousPerson(sentences, index, people, speakers) ??
      actors.find((e) => mentionsEntity(sentence.text, e))?.name ??
      null;
    const actorEntity = actors.find((e) => e.name === actor);
    const speaker = speakers.get(sentence.id);
    const context: PhraseContext = {
      text: withoutClockTime(sentence.text),
      ...(pairSentence ? { pairText: pairSentence.text } : {}),
      actor,
      ...(speaker ? { speaker } : {}),
      // Speakers are people; an entity says what it is; anything else is left open.
      ...(actor && (speakerNames.has(actor) || actorEntity)
        ? { actorIsPerson: speakerNames.has(actor) || actorEntity?.type === 'person' }
        : {}),
      mainActor,
      mainIsPerson,
      properWords,
    };
    const copy = [context.text, pairSentence?.text ?? '', actor ?? '', mainActor ?? ''].join(' ');
    // A question the copy asks itself ("So why pursue a claim that is as false as it is cruel?") is shown
    // as it stands: spliced into a template it reads as neither. The writer's own forecast of an event
    // is too weak for a question of ours: its passage (writer-forecast.ts).
    const built =
      cue && !cue.passage && !ASKED.test(sentence.text)
        ? phraseCandidate(cue, fallbacksOf.get(index) ?? [], context, copy, partial.title)
        : null;
    // "How does Brightwater Marine answer…?" when the copy says it declined to comment: the passage instead.
    // Nor asks for a named source when a named person takes the claim up on record right after it.
    // A claim resting on "he"/"his" names whom it means, or is shown as its passage (pronoun-subject.ts); a claim the
    // sentence bounds by a fronted place ("In Ohio, …") keeps it (kept-place.ts).
    const named = built && pronounSubject(built.text, { sentences, index, speakers, copy: whole });
    const { quotes, statements } = partial;
    const phrased =
      built && named && !passageInstead(built.text, { sentences, index, actors, quotes, statements })
        ? { ...built, text: keptPlace(named, sentence.text) }
        : null;
    const first: QuestionKind = phrased?.kind ?? cue?.kind ?? evidence[index]!.cuelessKind;
    const next = sentences[index + 1]?.text ?? '';
    const kind = argumentKind(first, phrased?.shape ?? cue?.shape, sentence.text, next, articleYear(partial)?.year);
    const pair = phrased?.usesPair ? pairSentence : undefined;
    // "…, analysts said, …" then a named person on record: the claim has its named source, no unnamed one.
    const unnamed =
      unnamedSource(sentence.text) && !namedOnRecordNext(sentences, index, partial.quotes, partial.statements);
    // A quote's speaker only when the passage is theirs: a signed entry's signer, not another name's words.
    const quoted = partial.statements.some((s) => s.sentenceId === sentence.id)
      ? undefined
      : partial.quotes.find((q) => q.sentenceId === sentence.id && q.speaker === speaker);
    // A statement resting on a second conjunct's speech verb leaves the first conjunct the writer's: no tag.
    const stated = partial.statements.find((s) => s.sentenceId === sentence.id);
    const writers = stated !== undefined && writersConjunct(sentence.text, stated.text);
    const own = speaker === undefined || writers ? null : passageSpeaker(sentence.text, speaker, quoted, properWords);
    // A name the sentence does not hold is credited only when it carries over from where the run begins.
    const carried = own && carriedCredit(own, sentences, index, speakers, partial.quotes);
    const source = own ? carried : unnamed && !writers ? 'an unnamed source' : null;
    // A numbers list's caption is shown with the figure it describes, the sentence before (figure-caption.ts);
    // a rebuttal pointing back at a claim ("rejected that idea") with the claim it answers (claim-answered.ts); a
    // quotation its tag broke ("…,” he said. “Then, I intend …”) whole (continued-quotation.ts).
    const before = phrased
      ? null
      : (figureOfCaption(sentences, index) ??
        claimAnswered(kind, sentences, index, speakers) ??
        continuedQuotation(sentences, index, partial.quotes));
    const prefix = before === null ? '' : `${sentences[before]!.text.trim()} `;
    const cueAt = cue ? cue.family.pattern.exec(context.text)?.index : undefined;
    const text = phrased
      ? namingWho(phrased.text, phrased.shape, actor, mainActor, actors, sentence.text, speaker)
      : passageItem(kind, prefix + context.text, source, cueAt === undefined ? undefined : cueAt + prefix.length);
    const shown = before === null ? [sentence.id] : [sentences[before]!.id, sentence.id];
    const sentenceIds = pair ? [pair.id, sentence.id].sort((a, b) => a - b) : shown;
    const alsoUses = pair && pairIndex !== null && cue?.shape !== 'refusal' ? pairIndex : null;
    return { text, kind, sentenceIds, alsoUses };
  };

  return {
    sentences: evidence,
    dispute,
    // A headline claiming an act the body never reports is worth asking about, but not at the expense of a lead.
    headline: headlineCheck(partial.title, sentences),
    used,
    extra,
    item: (index) => {
      let item = items.get(index);
      if (!item) {
        item = build(index);
        items.set(index, item);
      }
      return item;
    },
  };
}
