/**
 * Where the follow-up questions lose recall and precision on a labelled set (issue 13): each flagged
 * passage is (a) never a candidate (no cue and no reported claim touches it), (b) a candidate the
 * choice drops (below the absolute bar, below the article's relative bar, or past the six-question
 * cap), (c) never a candidate while a question cites the sentence beside it, or covered;
 * and each question citing no passage, by the cue family (or reported claim) that asked it.
 */
import { DEFAULT_CHOICE, MAX_QUESTIONS, type QuestionChoice, selectQuestions } from '../core/find-open-questions';
import { reportedCandidate } from '../core/reported-claims';
import type { EditorArticle } from './followup-editor-data';

export interface LossTable {
  passages: number;
  covered: number;
  neverCandidate: number;
  belowBar: number;
  belowRelative: number;
  capped: number;
  /** Never a candidate, but a question cites the sentence beside it: the labels' sentence grain (fu34). */
  neighbour: number;
  questions: number;
  citingNone: Map<string, number>;
}

/** Why one candidate sentence was not asked under `choice`. */
function dropReason(
  a: EditorArticle,
  index: number,
  choice: QuestionChoice,
  bar: number,
): 'belowBar' | 'belowRelative' | 'capped' | null {
  const s = a.prepared.sentences[index]!;
  const model = choice.model(s.features);
  const score = s.cue ? s.cue.strength + choice.modelWeight * model : choice.modelWeight * model;
  if (score < choice.minScore) return 'belowBar';
  if (score + a.prepared.extra(index) < bar) return 'belowRelative';
  return 'capped';
}

/** The loss table of `articles` under `choice` (the shipped one by default). */
export function followupLoss(articles: readonly EditorArticle[], choice: QuestionChoice = DEFAULT_CHOICE): LossTable {
  const t: LossTable = {
    passages: 0,
    covered: 0,
    neverCandidate: 0,
    belowBar: 0,
    belowRelative: 0,
    capped: 0,
    neighbour: 0,
    questions: 0,
    citingNone: new Map(),
  };
  for (const a of articles) {
    const p = a.prepared;
    const questions = selectQuestions(p, choice);
    const covered = new Set(questions.flatMap((q) => a.keysOf(q.sentenceIds)));
    const askedIds = new Set(questions.flatMap((q) => q.sentenceIds));
    const idOf = (i: number): number => p.item(i).sentenceIds[0]!;
    const isCandidate = (i: number): boolean =>
      !!p.sentences[i]!.cue || (choice.cueless === null && reportedCandidate(p.reported, p.sentences[i]!));
    const scores = p.sentences
      .filter((s) => isCandidate(s.index))
      .map((s) => {
        const m = choice.model(s.features);
        const raw = s.cue ? s.cue.strength + choice.modelWeight * m : choice.modelWeight * m;
        return raw >= choice.minScore ? raw + p.extra(s.index) : Number.NEGATIVE_INFINITY;
      });
    const bar = Math.max(Number.NEGATIVE_INFINITY, ...scores) - choice.relativeBar;
    for (const key of a.labelKeys) {
      t.passages++;
      if (covered.has(key)) {
        t.covered++;
        continue;
      }
      const at = a.keysAt.flatMap((keys, i) => (keys.includes(key) ? [i] : []));
      const cands = at.filter(isCandidate);
      if (cands.length === 0) {
        if (at.some((i) => askedIds.has(idOf(i) - 1) || askedIds.has(idOf(i) + 1))) t.neighbour++;
        else t.neverCandidate++;
        continue;
      }
      const reasons = cands.map((i) => dropReason(a, i, choice, bar));
      // The mildest reason counts: a passage one of whose sentences only missed the cap was lost to the cap.
      if (reasons.includes('capped') && questions.length >= MAX_QUESTIONS) t.capped++;
      else if (reasons.includes('capped') || reasons.includes('belowRelative')) t.belowRelative++;
      else t.belowBar++;
    }
    for (const q of questions) {
      t.questions++;
      if (a.keysOf(q.sentenceIds).length > 0) continue;
      // The sentence it was built from: its cited ids may open earlier, on its claim's span (claim-span.ts).
      const first = p.sentences.find((s) => q.sentenceIds.includes(idOf(s.index)) && p.item(s.index).text === q.text);
      const source =
        q === p.dispute
          ? 'dispute'
          : q === p.headline
            ? 'headline'
            : first?.cue
              ? first.cue.family.shape
              : 'reported claim';
      const k = `${q.kind} / ${source}`;
      t.citingNone.set(k, (t.citingNone.get(k) ?? 0) + 1);
    }
  }
  return t;
}

/** The table as one report line, then the questions citing none by kind / cue family, most first. */
export function lossLines(name: string, t: LossTable): string {
  const none = [...t.citingNone].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return (
    `${name} loss: ${t.passages} passages, ${t.covered} covered; never a candidate ${t.neverCandidate}, ` +
    `beside an asked sentence ${t.neighbour}, below the bar ${t.belowBar}, below the relative bar ${t.belowRelative}, ` +
    `past the cap ${t.capped}\n    ${t.questions} questions, citing none: ${none.map(([k, n]) => `${k} ${n}`).join(', ')}\n`
  );
}
