import { analyzeArticle } from '../src/core/analyze-article';
import { loadBbcArticles } from './bbc-corpus';
import type { Benchmark, BenchRow } from './bench-types';

const KB = 1024;
/** Issue 17: hostile input within 3× real prose of the same size; 1 MB within 15× of 100 KB. */
const HOSTILE_RATIO_TARGET = 3;
const SCALE_RATIO_TARGET = 15;

/** Real news prose of about `bytes`: the BBC bodies repeated under one headline. */
function prose(bytes: number): string {
  const bodies = loadBbcArticles().map((a) => a.text.split('\n').slice(1).join('\n').trim());
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const body = bodies[i % bodies.length]!;
    parts.push(body);
    size += body.length + 2;
  }
  return `Real prose\n\n${parts.join('\n\n')}`;
}

function repeated(unit: string, bytes: number): string {
  return `Hostile input\n\n${unit.repeat(Math.ceil(bytes / unit.length))}`;
}

/** Milliseconds for one analyzeArticle call (after one small warm-up run). */
function timeAnalysis(text: string): number {
  const started = performance.now();
  analyzeArticle(text);
  return performance.now() - started;
}

/**
 * The inputs that made analysis quadratic (issue 17): 100 KB of `“ `, of `said `, and of
 * `He said "yes" and "no"`, each against 100 KB of real prose; and 1 MB of prose against 100 KB.
 * Measured on this thread, one call each, so the figure is the core passes themselves.
 */
export const benchHostileInputs: Benchmark = async ({ log }) => {
  analyzeArticle(prose(10 * KB));
  const baseMs = timeAnalysis(prose(100 * KB));
  log(`hostile: 100 KB prose ${baseMs.toFixed(0)} ms`);
  const rows: BenchRow[] = [];
  for (const [label, unit] of [
    ['“ ', '\u201C '],
    ['said ', 'said '],
    ['He said "yes" and "no"', 'He said "yes" and "no" '],
  ] as const) {
    const ms = timeAnalysis(repeated(unit, 100 * KB));
    const ratio = ms / baseMs;
    log(`hostile: 100 KB of ${label} ${ms.toFixed(0)} ms`);
    rows.push({
      name: `analysis of 100 KB of \`${label}\` vs 100 KB of prose`,
      value: `${(ms / 1000).toFixed(2)} s (${ratio.toFixed(1)}×)`,
      target: `<= ${HOSTILE_RATIO_TARGET}×`,
      ok: ratio <= HOSTILE_RATIO_TARGET,
      note: `prose: ${(baseMs / 1000).toFixed(2)} s`,
    });
  }
  const bigMs = timeAnalysis(prose(1024 * KB));
  const scale = bigMs / baseMs;
  rows.push({
    name: 'analysis of 1 MB of prose vs 100 KB',
    value: `${(bigMs / 1000).toFixed(2)} s (${scale.toFixed(1)}×)`,
    target: `<= ${SCALE_RATIO_TARGET}×`,
    ok: scale <= SCALE_RATIO_TARGET,
    note: `100 KB: ${(baseMs / 1000).toFixed(2)} s`,
  });
  return rows;
};
