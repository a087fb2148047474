import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordBigrams } from '../core/tokenize-words';
import { type EvalOptions, listArticles, mean, readArticle } from './eval-corpus';

interface RougeScore {
  recall: number;
  precision: number;
  f1: number;
}

export interface SummaryScore {
  articles: number;
  /** LEAD-k uses k = 3 (the usual news baseline, and the engine's own minimum length). */
  leadK: number;
  engine: RougeScore;
  lead: RougeScore;
  /** LEAD with as many sentences as the engine chose for that article: the length-matched baseline. */
  leadMatched: RougeScore;
  meanSummarySentences: number;
}

/** ROUGE-2 of a candidate against a reference: clipped bigram overlap. */
function rouge2(candidate: string[], reference: string[]): RougeScore {
  const count = (texts: string[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const text of texts) for (const b of wordBigrams(text)) counts.set(b, (counts.get(b) ?? 0) + 1);
    return counts;
  };
  const cand = count(candidate);
  const ref = count(reference);
  let overlap = 0;
  let candTotal = 0;
  let refTotal = 0;
  for (const [b, n] of cand) {
    candTotal += n;
    overlap += Math.min(n, ref.get(b) ?? 0);
  }
  for (const n of ref.values()) refTotal += n;
  const recall = refTotal === 0 ? 0 : overlap / refTotal;
  const precision = candTotal === 0 ? 0 : overlap / candTotal;
  const f1 = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  return { recall, precision, f1 };
}

function average(scores: RougeScore[]): RougeScore {
  return {
    recall: mean(scores.map((s) => s.recall)),
    precision: mean(scores.map((s) => s.precision)),
    f1: mean(scores.map((s) => s.f1)),
  };
}

/** Engine summary vs the dev split's reference summaries, next to the LEAD baselines. */
export function scoreSummary(options: EvalOptions): SummaryScore {
  const { analyze } = options;
  const leadK = 3;
  const engine: RougeScore[] = [];
  const lead: RougeScore[] = [];
  const leadMatched: RougeScore[] = [];
  const lengths: number[] = [];
  for (const article of listArticles(options.evalDir, 'summary')) {
    const reference = readFileSync(join(options.evalDir, 'bbc', 'summary', `${article}.txt`), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '');
    const analysis = analyze(readArticle(options.evalDir, article));
    const body = analysis.sentences.map((s) => s.text);
    const summary = analysis.summary.map((item) => item.text);
    lengths.push(summary.length);
    engine.push(rouge2(summary, reference));
    lead.push(rouge2(body.slice(0, leadK), reference));
    leadMatched.push(rouge2(body.slice(0, Math.max(1, summary.length)), reference));
  }
  return {
    articles: engine.length,
    leadK,
    engine: average(engine),
    lead: average(lead),
    leadMatched: average(leadMatched),
    meanSummarySentences: mean(lengths),
  };
}
