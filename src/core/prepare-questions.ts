import type { Analysis, OpenQuestion } from './analysis-types';
import { type ArticlePhrasing, articlePhrasing } from './article-phrasing';
import { centralDispute } from './central-dispute';
import { CHARGE_WORDS } from './charge-words';
import { cueContext } from './cue-context';
import { followupFeatures } from './followup-features';
import { headlineCheck } from './headline-check';
import { interviewerTurnIds } from './interviewer-turn';
import { keptCues } from './kept-cues';
import { KIND_GATES, type KindGate } from './kind-gates';
import { laterSentences } from './later-sentences';
import { leadIn } from './lead-in';
import { mentionsEntity } from './mentions-entity';
import { passageReader } from './passage-features';
import { type Cue, findCues } from './question-cues';
import { type ItemSources, type QuestionItem, questionItem } from './question-item';
import { INQUIRY } from './question-pairs';
import { quoteTail } from './quote-tail';
import { LazyEvidence, type SentenceEvidence } from './sentence-evidence';
import { sentenceSpeakers } from './sentence-speakers';

export type QuestionInput = Pick<Analysis, 'title' | 'sentences' | 'quotes' | 'statements' | 'entities'> & {
  publishedAt?: string;
};

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
  const speakers = sentenceSpeakers(partial);
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

  const sources: ItemSources = { partial, evidence, speakers, speakerNames, actors, article, pairOf, fallbacksOf };
  const build = (index: number): QuestionItem => questionItem(index, sources);

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
