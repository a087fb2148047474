import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../src/core/analysis-types';
import { analyzeArticle } from '../src/core/analyze-article';
import { answerQuestion } from '../src/core/answer-question';
import { DEFAULT_EVAL_DIR } from '../src/eval/run-eval';
import { type Benchmark, type BenchRow, percentile } from './bench-types';

const TARGET_P95_MS = 20;
const ROUNDS = 5;

interface Asked {
  analysisJson: string;
  question: string;
}

/** Every reader question of the BBC and PolNeAR dev sets, each with its article's stored analysis. */
function loadQuestions(): Asked[] {
  const sets: Array<[string, (article: string) => string]> = [
    [join(DEFAULT_EVAL_DIR, 'labels', 'qa-dev.jsonl'), (a) => join(DEFAULT_EVAL_DIR, 'bbc', 'article', `${a}.txt`)],
    [
      join(DEFAULT_EVAL_DIR, 'polnear', 'qa-dev.jsonl'),
      (a) => join(DEFAULT_EVAL_DIR, 'polnear', 'article', `${a}.txt`),
    ],
  ];
  const stored = new Map<string, string>();
  const asked: Asked[] = [];
  for (const [labels, pathOf] of sets) {
    for (const line of readFileSync(labels, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const { article, question } = JSON.parse(line) as { article: string; question: string };
      const path = pathOf(article);
      let analysisJson = stored.get(path);
      if (!analysisJson) {
        analysisJson = JSON.stringify(analyzeArticle(readFileSync(path, 'utf8')));
        stored.set(path, analysisJson);
      }
      asked.push({ analysisJson, question });
    }
  }
  return asked;
}

/**
 * A thread question on a stored story: the cached analysis is read back (JSON, as the store keeps
 * it, so no per-article index survives between questions), then answered. Timed per question.
 */
export const benchAnswers: Benchmark = async ({ log }) => {
  const asked = loadQuestions();
  for (const a of asked) answerQuestion(JSON.parse(a.analysisJson) as Analysis, a.question); // warm-up
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const a of asked) {
      const start = process.hrtime.bigint();
      answerQuestion(JSON.parse(a.analysisJson) as Analysis, a.question);
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  times.sort((x, y) => x - y);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  log(`answers: ${times.length} questions (${asked.length} × ${ROUNDS}), max ${times.at(-1)?.toFixed(1)} ms`);
  const rows: BenchRow[] = [
    { name: 'answer latency p50 (stored article)', value: `${p50.toFixed(2)} ms` },
    {
      name: 'answer latency p95 (stored article)',
      value: `${p95.toFixed(2)} ms`,
      target: `<= ${TARGET_P95_MS} ms`,
      ok: p95 <= TARGET_P95_MS,
      note: `${asked.length} BBC + PolNeAR dev questions × ${ROUNDS}; analysis read back from JSON each time`,
    },
  ];
  return rows;
};
