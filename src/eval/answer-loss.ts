import type { Analysis } from '../core/analysis-types';
import { FEATURE_NAMES } from '../core/answer-feature-names';
import { answerFeatures } from '../core/answer-features';
import { answerQuestion } from '../core/answer-question';
import { questionType } from '../core/question-type';
import { rankAnswerSentences } from '../core/rank-answer-sentences';
import { readJsonl } from './eval-corpus';
import type { QaLabel } from './score-answers';

/** One answerable question as the ranker and the answerer saw it. */
interface AnswerLossRow {
  article: string;
  question: string;
  type: string;
  /** 'right', 'declined' (a false "doesn't say") or 'wrong' (a wrong first citation). */
  outcome: 'right' | 'declined' | 'wrong';
  /** 1-based place of the first answering sentence in the ranker's order; 0 when no candidate answers. */
  rank: number;
  /** How many sentences the answer spans touch: 2 or more is an answer split over sentences. */
  spanned: number;
  /** Share of the question's weight the best answering sentence covers by its own words (exact or stem). */
  rightExact: number;
  /** The same share for the ranker's first sentence. */
  topExact: number;
  /** Whether the answerer's cited sentence is the ranker's first (a later step moved it when not). */
  citedTop: boolean;
  cited: string;
  expected: string;
}

const EXACT = FEATURE_NAMES.indexOf('exact');

/**
 * Every answerable question of the label files, with where its answer sat in the ranking: the loss
 * decomposition of `npm run misses:answers -- --loss` (docs/evaluation.md, "Thread answers").
 */
export function answerLoss(
  labelPaths: readonly string[],
  readText: (article: string) => string,
  analyze: (text: string) => Analysis,
): AnswerLossRow[] {
  const cache = new Map<string, { analysis: Analysis; text: string }>();
  const rows: AnswerLossRow[] = [];
  for (const label of labelPaths.flatMap((path) => readJsonl<QaLabel>(path))) {
    if (!label.answerable) continue;
    let entry = cache.get(label.article);
    if (!entry) {
      const text = readText(label.article);
      entry = { analysis: analyze(text), text };
      cache.set(label.article, entry);
    }
    const { analysis, text } = entry;
    const spans = label.answer_spans ?? [];
    const answers = (i: number): boolean =>
      spans.some(([s, e]) => analysis.sentences[i]!.start < e && analysis.sentences[i]!.end > s);
    const ranked = rankAnswerSentences(answerFeatures(analysis, label.question).sentences);
    const at = ranked.findIndex((r) => answers(r.index));
    const result = answerQuestion(analysis, label.question);
    const first = analysis.sentences.findIndex((s) => s.id === result.sentenceIds[0]);
    const declined = result.answer === null || result.answer === '' || first < 0;
    const rightExact = Math.max(0, ...ranked.filter((r) => answers(r.index)).map((r) => r.values[EXACT]!));
    rows.push({
      article: label.article,
      question: label.question,
      type: questionType(label.question),
      outcome: declined ? 'declined' : answers(first) ? 'right' : 'wrong',
      rank: at + 1,
      spanned: analysis.sentences.filter((_, i) => answers(i)).length,
      rightExact,
      topExact: ranked[0]?.values[EXACT] ?? 0,
      citedTop: !declined && ranked[0]?.index === first,
      cited: declined ? `(declined: ${'reason' in result ? result.reason : ''})` : analysis.sentences[first]!.text,
      expected: spans.map(([s, e]) => text.slice(s, e)).join(' | '),
    });
  }
  return rows;
}

/** The class a lost question falls in, by where its answer sat (the first that applies). */
function lossClass(row: AnswerLossRow): string {
  if (row.rank === 0) return 'no candidate answers';
  if (row.outcome === 'declined') return row.rank === 1 ? 'declined, ranked 1st' : 'declined, ranked lower';
  if (row.rank === 1) return 'ranked 1st, moved by a later step';
  if (row.rank <= 3) return 'ranked 2nd-3rd';
  return row.rightExact === 0 ? 'ranked 4th+, no shared word' : 'ranked 4th+';
}

/** Prints the table of lost questions by class and by question type, then every lost question. */
export function printAnswerLoss(rows: readonly AnswerLossRow[], list: boolean): void {
  const lost = rows.filter((r) => r.outcome !== 'right');
  console.log(`${rows.length} answerable, ${rows.length - lost.length} right, ${lost.length} lost`);
  const count = (key: (r: AnswerLossRow) => string, of: readonly AnswerLossRow[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const r of of) m.set(key(r), (m.get(key(r)) ?? 0) + 1);
    return new Map([...m].sort((a, b) => b[1] - a[1]));
  };
  for (const [name, n] of count(lossClass, lost)) console.log(`  ${name}: ${n}`);
  const split = lost.filter((r) => r.spanned > 1).length;
  const para = lost.filter((r) => r.rank > 0 && r.rightExact === 0).length;
  console.log(`  (across classes) answer over 2+ sentences: ${split}; answer shares no word: ${para}`);
  const all = count((r) => r.type, rows);
  const lostBy = count((r) => r.type, lost);
  console.log(`by type (lost / answerable): ${[...all].map(([t, n]) => `${t} ${lostBy.get(t) ?? 0}/${n}`).join(', ')}`);
  if (!list) return;
  for (const r of lost)
    console.log(
      [lossClass(r), r.type, r.rank, r.spanned, r.rightExact.toFixed(2), r.topExact.toFixed(2), r.citedTop]
        .concat([r.article, r.question, r.cited.slice(0, 220), r.expected.slice(0, 220)])
        .join('\t'),
    );
}
