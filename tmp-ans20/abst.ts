import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeArticle } from '../src/core/analyze-article';
import { FEATURE_NAMES } from '../src/core/answer-feature-names';
import { answerSignals } from '../src/core/answer-model';
import { readArticle, readJsonl, sentenceLines } from '../src/eval/eval-corpus';
import type { QaLabel } from '../src/eval/score-answers';
import { seededShuffle } from '../src/eval/seeded-random';
import {
  calibrate, chooseThreshold, crossValidate, figuresAt, fitCalibration, fitWeights, L2, type Prediction,
  SOFT_COLUMNS, type TrainingQuestion,
} from '../src/train/fit-answer-model';
import { loadDevQuestions, loadTrainQuestions } from '../src/train/load-answer-questions';
import { trainingQuestion } from '../src/train/training-question';

const EVAL = '/work/shared/eval';
const col = (n: string) => FEATURE_NAMES.indexOf(n as never);
function holdout(): TrainingQuestion[] {
  const cache = new Map<string, { text: string; analysis: ReturnType<typeof analyzeArticle> }>();
  return readJsonl<QaLabel>('test/fixtures/qa-holdout.jsonl').map((label) => {
    let e = cache.get(label.article);
    if (!e) { const text = readArticle(EVAL, label.article); e = { text, analysis: analyzeArticle(text) }; cache.set(label.article, e); }
    const lines = sentenceLines(e.text, e.analysis);
    return trainingQuestion({ article: `held:${label.article}`, set: 'held', answerable: label.answerable, question: label.question, analysis: e.analysis,
      answers: (s) => label.answer_spans ? label.answer_spans.some(([a, b]) => s.start < b && s.end > a) : (label.answer_lines ?? []).includes(lines.get(s.id) ?? -1) });
  });
}
const dot = (w: number[], x: number[]) => x.reduce((s, v, k) => s + v * w[k]!, 0);
function top(w: number[], rows: number[][]) {
  let best = -1, bs = -Infinity, second = -Infinity;
  rows.forEach((x, i) => { const s = dot(w, x); if (s > bs) { second = bs; bs = s; best = i; } else if (s > second) second = s; });
  return { best, score: bs, lead: Number.isFinite(second) ? bs - second : 5 };
}
type Extra = (row: number[], q: TrainingQuestion) => number[];
interface P extends Prediction { row: number[]; q: TrainingQuestion; lead: number; hscore: number }
function pred(w: number[], a: number[], q: TrainingQuestion, split = 0, fold = 0): P {
  const r = top(w, q.rows); const h = top(a, q.rows);
  const row = q.rows[h.best] ?? [];
  return { set: q.set, question: q.question, split, fold, best: r.best, score: r.score, margin: r.lead, signals: [], answerable: q.answerable, confidence: 0, right: q.positives.has(r.best), row, q, lead: h.lead, hscore: h.score };
}
const withSignals = (ps: P[], extra: Extra): Prediction[] => ps.map((p) => ({ ...p, signals: [...answerSignals(p.hscore, p.lead, p.row, p.q.missing, p.q.group), ...extra(p.row, p.q)] }));

const t0 = Date.now();
const dev = loadDevQuestions(EVAL);
const train = loadTrainQuestions('labels', EVAL);
const held = holdout();
console.log(`loaded ${dev.length} dev, ${train.length} train, ${held.length} held in ${(Date.now() - t0) / 1000}s`);
// dev CV predictions (rankers fitted per fold), as the trainer: 4 splits x 5 folds
const devRaw: P[] = [];
for (let seed = 0; seed < 4; seed++) {
  const sorted = [...new Set(dev.map((q) => q.article))].sort();
  const arts = seed === 0 ? sorted : seededShuffle(sorted, seed);
  const foldOf = new Map(arts.map((a, i) => [a, i % 5]));
  for (let f = 0; f < 5; f++) {
    const tr = dev.filter((q) => foldOf.get(q.article) !== f);
    const w = fitWeights(tr, undefined, L2); const a = fitWeights(tr, SOFT_COLUMNS, L2);
    for (const q of dev) if (foldOf.get(q.article) === f) devRaw.push(pred(w, a, q, seed, f));
  }
}
const W = fitWeights(dev, undefined, L2); const A = fitWeights(dev, SOFT_COLUMNS, L2);
const trainP = train.map((q) => pred(W, A, q));
const heldP = held.map((q) => pred(W, A, q));
import { writeFileSync } from 'node:fs';
{
  const qs = [...dev, ...train, ...held];
  const qi = new Map(qs.map((q, i) => [q, i]));
  const slim = (ps: P[]) => ps.map(({ row: _r, q, signals: _s, ...rest }) => ({ ...rest, qi: qi.get(q)!, hard: q.rows.indexOf(_r) }));
  writeFileSync('/tmp/ans20/preds.json', JSON.stringify({ questions: qs.map((q) => ({ ...q, positives: [...q.positives] })), devRaw: slim(devRaw), trainP: slim(trainP), heldP: slim(heldP) }));
  if (process.env.DUMP_ONLY) process.exit(0);
}
const artFold = (() => { const arts = seededShuffle([...new Set(train.map((q) => q.article))].sort(), 20); const m = new Map(arts.map((a, i) => [a, i % 5])); return (q: TrainingQuestion) => m.get(q.article)!; })();
console.log(`predicted in ${(Date.now() - t0) / 1000}s`);
const fmt = (ps: Prediction[], t: number) => { const f = figuresAt(ps, t); const n = ps.filter((p) => p.answerable).length; return `${f.top1.toFixed(3)} / ${f.abstention.toFixed(3)} / ${(f.falseAbstention * 100).toFixed(1)}% (${Math.round(f.falseAbstention * n)} of ${n})`; };
function report(name: string, extra: Extra) {
  const d = withSignals(devRaw, extra), tr = withSignals(trainP, extra), h = withSignals(heldP, extra);
  // R0: shipped regime (calibration on dev CV)
  const c0 = fitCalibration(d); const t0_ = chooseThreshold(calibrate(d, c0));
  // R1: calibration on the 808 (shipped rankers), threshold on dev CV
  const c1 = fitCalibration(tr); const t1 = chooseThreshold(calibrate(d, c1));
  const oof: Prediction[] = [];
  for (let f = 0; f < 5; f++) {
    const cf = fitCalibration(tr.filter((p) => artFold((p as P).q) !== f));
    const tf = chooseThreshold(calibrate(d, cf));
    for (const p of calibrate(tr.filter((p) => artFold((p as P).q) === f), cf)) oof.push({ ...p, confidence: p.confidence >= tf ? 1 : 0 });
  }
  const line = (lbl: string, c: number[], t: number, trainLine: string) => {
    const dc = calibrate(d, c);
    console.log(`${name} ${lbl} thr ${t}: BBC ${fmt(dc.filter((p) => p.set === 'bbc'), t)} | PolNeAR ${fmt(dc.filter((p) => p.set === 'polnear'), t)} | 808 ${trainLine} | held ${fmt(calibrate(h, c), t)}`);
  };
  line('R0 cal on dev', c0, t0_, fmt(calibrate(tr, c0), t0_));
  line('R1 cal on 808', c1, t1, `oof ${fmt(oof, 0.5)} in ${fmt(calibrate(tr, c1), t1)}`);
  if (process.env.SHOWCAL) console.log(c1.join(' '));
}
const V = col('verbSaid'), N = col('nameGap'), B = col('bound'), G = col('gap'), NM = col('names'), FO = col('focus'), NO = col('novel');
const variants: Record<string, Extra> = {
  base: () => [],
  verb: (r) => [r[V]!],
  nameGap: (r) => [r[N]!],
  bound: (r) => [r[B]!],
  fillNamed: (r) => [(1 - r[G]!) * (1 - r[N]!)],
  all: (r) => [r[V]!, r[N]!, r[B]!, (1 - r[G]!) * (1 - r[N]!)],
  allPlus: (r) => [r[V]!, r[N]!, r[B]!, (1 - r[G]!) * (1 - r[N]!), r[NO]!, r[FO]!],
};
for (const v of (process.env.V ?? Object.keys(variants).join(',')).split(',')) report(v, variants[v]!);
console.log(`done in ${(Date.now() - t0) / 1000}s`);
