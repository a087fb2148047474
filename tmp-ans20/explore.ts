import { readFileSync } from 'node:fs';
import { FEATURE_NAMES } from '../src/core/answer-feature-names';
import { answerSignals } from '../src/core/answer-model';
import { seededShuffle } from '../src/eval/seeded-random';
import { calibrate, chooseThreshold, figuresAt, fitCalibration, type Prediction } from '../src/train/fit-answer-model';

const D = JSON.parse(readFileSync('/tmp/ans20/preds.json', 'utf8'));
const Q = D.questions as Array<{ article: string; set: string; answerable: boolean; rows: number[][]; positives: number[]; missing: number; group: any; question: string; texts: string[] }>;
const col = (n: string) => { const k = FEATURE_NAMES.indexOf(n as never); if (k < 0) throw new Error(n); return k; };
type R = { qi: number; hard: number; hscore: number; lead: number; answerable: boolean; right: boolean; set: string; split: number; fold: number; best: number };
const dot = (w: number[], x: number[]) => x.reduce((s, v, k) => s + v * w[k]!, 0);
export type Extra = (row: number[], rows: number[][], p: R) => number[];
const sig = (ps: R[], extra: Extra): Prediction[] => ps.map((p) => { const q = Q[p.qi]!; const row = q.rows[p.hard] ?? []; return { ...p, question: q.question, score: 0, margin: 0, confidence: 0, signals: [...answerSignals(p.hscore, p.lead, row, q.missing, q.group), ...extra(row, q.rows, p)] }; });
function auc(ps: Prediction[], key: (p: Prediction) => number): number {
  const pos = ps.filter((p) => p.answerable).map(key), neg = ps.filter((p) => !p.answerable).map(key);
  let s = 0; for (const a of pos) for (const b of neg) s += a > b ? 1 : a === b ? 0.5 : 0; return s / (pos.length * neg.length);
}
const train = D.trainP as R[], dev = D.devRaw as R[], held = D.heldP as R[];
const arts = seededShuffle([...new Set(train.map((p) => Q[p.qi]!.article))].sort(), 20);
const fo = new Map(arts.map((a, i) => [a, i % 5]));
const foldOf = (p: Prediction & { qi?: number }) => fo.get(Q[(p as any).qi]!.article)!;
/** OOF confidences on the 808 (calibration fitted on the other 4 article folds). */
function oof(tr: Prediction[]): Prediction[] {
  const out: Prediction[] = [];
  for (let f = 0; f < 5; f++) { const c = fitCalibration(tr.filter((p) => foldOf(p) !== f)); out.push(...calibrate(tr.filter((p) => foldOf(p) === f), c)); }
  return out;
}
/** Abstention reachable at a false-abstention cap (OOF confidences, threshold read on them: an upper bound curve). */
function at(ps: Prediction[], cap: number) {
  let best = { t: 0, a: 0, top1: 0, fa: 0 };
  for (let t = 0.02; t < 0.99; t += 0.01) { const f = figuresAt(ps, t); if (f.falseAbstention <= cap && f.abstention >= best.a) best = { t, a: f.abstention, top1: f.top1, fa: f.falseAbstention }; }
  return `abst ${best.a.toFixed(3)} top1 ${best.top1.toFixed(3)} @fa ${(best.fa * 100).toFixed(1)}%`;
}
export function run(name: string, extra: Extra) {
  const tr = sig(train, extra), dv = sig(dev, extra);
  const o = oof(tr);
  const c0 = fitCalibration(dv);
  const dvo: Prediction[] = [];
  // dev inside folds (cal fitted on the other dev folds of the same split)
  for (const key of new Set(dv.map((p) => `${p.split}:${p.fold}`))) { const [s, f] = key.split(':').map(Number); const c = fitCalibration(dv.filter((p) => p.split === s && p.fold !== f)); dvo.push(...calibrate(dv.filter((p) => p.split === s && p.fold === f), c)); }
  console.log(`${name.padEnd(14)} 808 oofAUC ${auc(o, (p) => p.confidence).toFixed(3)} ${at(o, 0.1)} | devIn AUC ${auc(dvo, (p) => p.confidence).toFixed(3)} | 808→dev AUC ${auc(calibrate(dv, fitCalibration(tr)), (p) => p.confidence).toFixed(3)} | dev→808 AUC ${auc(calibrate(tr, c0), (p) => p.confidence).toFixed(3)}`);
}
export function uni(name: string, f: (row: number[], rows: number[][], p: R) => number) {
  const a = (ps: R[]) => { const pp = ps.map((p) => ({ ...p, v: f(Q[p.qi]!.rows[p.hard] ?? [], Q[p.qi]!.rows, p) })); const pos = pp.filter((p) => p.answerable), neg = pp.filter((p) => !p.answerable); let s = 0; for (const x of pos) for (const y of neg) s += x.v > y.v ? 1 : x.v === y.v ? 0.5 : 0; const m = (xs: any[]) => (xs.reduce((s, x) => s + x.v, 0) / xs.length).toFixed(2); return `${(s / (pos.length * neg.length)).toFixed(3)} (${m(pos)}/${m(neg)})`; };
  console.log(`  ${name.padEnd(16)} 808 ${a(train)}  dev ${a(dev)}`);
}
export { col, Q };
const c = (n: string) => col(n);
const mode = process.argv[2] ?? 'uni';
if (mode === 'uni') {
  for (const n of FEATURE_NAMES.slice(1)) uni(n, (r) => r[c(n)] ?? 0);
  uni('hscore', (_r, _rs, p) => p.hscore); uni('lead', (_r, _rs, p) => Math.min(5, p.lead));
  for (const n of ['focus', 'names', 'novel', 'coverage', 'exact', 'typedCover', 'head', 'verbSaid', 'paragraph', 'softNovel']) uni(`max ${n}`, (_r, rs) => Math.max(...rs.map((x) => x[c(n)]!)));
  uni('minNameGap', (_r, rs) => Math.min(...rs.map((x) => x[c('nameGap')]!)));
  uni('nFullNames', (_r, rs) => rs.filter((x) => x[c('nameGap')] === 0).length / rs.length);
  uni('anyFillNamed', (_r, rs) => Math.max(...rs.map((x) => (1 - x[c('gap')]!) * (1 - x[c('nameGap')]!) * x[c('coverage')]!)));
  uni('rows', (_r, rs) => Math.log(rs.length));
}
if (mode === 'multi') {
  const fill = (x: number[]) => (1 - x[c('gap')]!) * (1 - x[c('nameGap')]!) * x[c('coverage')]!;
  const V: Record<string, Extra> = {
    base: () => [],
    novel: (r) => [r[c('novel')]!],
    anyFillNamed: (_r, rs) => [Math.max(...rs.map(fill))],
    fillNamedBest: (r) => [fill(r)],
    verb: (r) => [r[c('verbSaid')]!],
    softNovel: (r) => [r[c('softNovel')]!],
    paragraph: (r) => [r[c('paragraph')]!],
    combo: (r, rs) => [r[c('novel')]!, Math.max(...rs.map(fill)), fill(r), r[c('verbSaid')]!],
    anyFillNovel: (_r, rs) => [Math.max(...rs.map((x) => (1 - x[c('gap')]!) * x[c('novel')]!))],
    nv_afn: (r, rs) => [r[c('novel')]!, Math.max(...rs.map((x) => (1 - x[c('gap')]!) * x[c('novel')]!))],
    nv_afn_verb: (r, rs) => [r[c('novel')]!, Math.max(...rs.map((x) => (1 - x[c('gap')]!) * x[c('novel')]!)), r[c('verbSaid')]!],
    nv_verb: (r) => [r[c('novel')]!, r[c('verbSaid')]!],
  };
  for (const k of (process.argv[3] ?? Object.keys(V).join(',')).split(',')) run(k, V[k]!);
}
if (mode === 'regimes') {
  const fill = (x: number[]) => (1 - x[c('gap')]!) * (1 - x[c('nameGap')]!) * x[c('coverage')]!;
  const V: Record<string, Extra> = { base: () => [], nv_afn: (r, rs) => [r[c('novel')]!, Math.max(...rs.map((x) => (1 - x[c('gap')]!) * x[c('novel')]!))], novel: (r) => [r[c('novel')]!], combo: (r, rs) => [r[c('novel')]!, Math.max(...rs.map(fill)), fill(r), r[c('verbSaid')]!] };
  const fm = (ps: Prediction[], t: number) => { const f = figuresAt(ps, t); return `${f.top1.toFixed(3)}/${f.abstention.toFixed(3)}/${(f.falseAbstention * 100).toFixed(1)}%`; };
  const both = (ps: Prediction[], t: number) => `BBC ${fm(ps.filter((p) => p.set === 'bbc'), t)} Pol ${fm(ps.filter((p) => p.set === 'polnear'), t)}`;
  for (const k of (process.argv[3] ?? 'base,novel,combo').split(',')) {
    const tr = sig(train, V[k]!), dv = sig(dev, V[k]!), hd = sig(held, V[k]!);
    const c1 = fitCalibration(tr); const d1 = calibrate(dv, c1); const t1 = chooseThreshold(d1);
    // dev decided inside dev folds: threshold on the other folds (R1), or cal+thr on other folds (R0)
    const in0: Prediction[] = [], in1: Prediction[] = [];
    for (const key of new Set(dv.map((p) => `${p.split}:${p.fold}`))) {
      const [s, f] = key.split(':').map(Number); const others = dv.filter((p) => p.split === s && p.fold !== f); const mine = dv.filter((p) => p.split === s && p.fold === f);
      const c0 = fitCalibration(others); const t0 = chooseThreshold(calibrate(others, c0));
      in0.push(...calibrate(mine, c0).map((p) => ({ ...p, confidence: p.confidence >= t0 ? 1 : 0 })));
      const tt = chooseThreshold(calibrate(others, c1));
      in1.push(...calibrate(mine, c1).map((p) => ({ ...p, confidence: p.confidence >= tt ? 1 : 0 })));
    }
    const o808: Prediction[] = [];
    for (let f = 0; f < 5; f++) { const cf = fitCalibration(tr.filter((p) => foldOf(p) !== f)); const tf = chooseThreshold(calibrate(dv, cf)); o808.push(...calibrate(tr.filter((p) => foldOf(p) === f), cf).map((p) => ({ ...p, confidence: p.confidence >= tf ? 1 : 0 }))); }
    const c0 = fitCalibration(dv); const t0 = chooseThreshold(calibrate(dv, c0));
    console.log(`${k}: R0 thr ${t0} dev ${both(calibrate(dv, c0), t0)} 808 ${fm(calibrate(tr, c0), t0)} held ${fm(calibrate(hd, c0), t0)}`);
    console.log(`${k}: R1 thr ${t1} dev ${both(d1, t1)} 808oof ${fm(o808, 0.5)} held ${fm(calibrate(hd, c1), t1)}`);
    console.log(`${k}: inside dev folds  R0 ${both(in0, 0.5)}  |  R1 ${both(in1, 0.5)}`);
    if (process.env.CURVE) for (let t = 0.5; t < 0.86; t += 0.02) console.log(`   t=${t.toFixed(2)} ${both(d1, t)} 808in ${fm(calibrate(tr, c1), t)}`);
  }
}
if (mode === 'groups') {
  const tr = sig(train, () => []); const o = oof(tr);
  const dv = calibrate(sig(dev, () => []), fitCalibration(tr));
  for (const g of ['who', 'when-where', 'how-many', 'why-how', 'yes-no', 'what']) {
    const og = o.filter((p) => Q[(p as any).qi]!.group === g); const dg = dv.filter((p) => Q[(p as any).qi]!.group === g);
    console.log(`${g.padEnd(11)} 808 n ${og.length} unans ${og.filter((p) => !p.answerable).length} AUC ${auc(og, (p) => p.confidence).toFixed(3)} rank-right ${(og.filter((p) => p.answerable && p.right).length / og.filter((p) => p.answerable).length).toFixed(2)} | dev n ${dg.length} unans ${dg.filter((p) => !p.answerable).length} AUC ${auc(dg, (p) => p.confidence).toFixed(3)}`);
  }
}
if (mode === 'ugroups') {
  const fill = (x: number[]) => (1 - x[c('gap')]!) * (1 - x[c('nameGap')]!) * x[c('coverage')]!;
  const cands: Record<string, (r: number[], rs: number[][], p: R) => number> = {
    hscore: (_r, _rs, p) => p.hscore, lead: (_r, _rs, p) => Math.min(5, p.lead), coverage: (r) => r[c('coverage')]!, novel: (r) => r[c('novel')]!, focus: (r) => r[c('focus')]!,
    gapNeg: (r) => -r[c('gap')]!, fresh: (r) => r[c('fresh')]!, anyFillNamed: (_r, rs) => Math.max(...rs.map(fill)), fillBest: (r) => fill(r), verb: (r) => r[c('verbSaid')]!,
    nameGapNeg: (r) => -r[c('nameGap')]!, missingNeg: (_r, _rs, p) => -Q[p.qi]!.missing, maxNovel: (_r, rs) => Math.max(...rs.map((x) => x[c('novel')]!)),
    anyFillNovel: (_r, rs) => Math.max(...rs.map((x) => (1 - x[c('gap')]!) * x[c('novel')]!)), softNovel: (r) => r[c('softNovel')]!, paragraph: (r) => r[c('paragraph')]!,
    headPos: (r) => r[c('head')]!, exact: (r) => r[c('exact')]!, typedCover: (r) => r[c('typedCover')]!,
  };
  const groups = ['who', 'when-where', 'how-many', 'why-how', 'yes-no', 'what'];
  console.log(`${''.padEnd(13)} ${groups.map((g) => g.padEnd(10)).join(' ')}`);
  for (const [name, f] of Object.entries(cands)) {
    const cell = (ps: R[], g: string) => { const pp = ps.filter((p) => Q[p.qi]!.group === g).map((p) => ({ a: p.answerable, v: f(Q[p.qi]!.rows[p.hard] ?? [], Q[p.qi]!.rows, p) })); const pos = pp.filter((x) => x.a), neg = pp.filter((x) => !x.a); let s = 0; for (const x of pos) for (const y of neg) s += x.v > y.v ? 1 : x.v === y.v ? 0.5 : 0; return (s / (pos.length * neg.length)).toFixed(2); };
    console.log(`${name.padEnd(13)} ${groups.map((g) => `${cell(train, g)}|${cell(dev, g)}`.padEnd(10)).join(' ')}`);
  }
}
if (mode === 'rightvs') {
  const tr = sig(train, () => []); const o = oof(tr);
  for (const g of ['who', 'when-where', 'how-many', 'why-how', 'yes-no', 'what', 'all']) {
    const og = o.filter((p) => g === 'all' || Q[(p as any).qi]!.group === g);
    const rightVsUn = og.filter((p) => !p.answerable || p.right), wrongVsUn = og.filter((p) => !p.answerable || !p.right);
    console.log(`${g.padEnd(11)} right vs unanswerable AUC ${auc(rightVsUn, (p) => p.confidence).toFixed(3)}   wrong-answerable vs unanswerable AUC ${auc(wrongVsUn, (p) => p.confidence).toFixed(3)}`);
  }
}
