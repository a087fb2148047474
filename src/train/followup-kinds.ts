/**
 * `npm run kinds:followups`: what each kind gate (src/core/kind-gates.ts) does to the open questions,
 * measured on the PolNeAR **train** editor-style labels (where the gates are chosen), PolNeAR dev and
 * BBC dev (where they are confirmed): recall and precision of the questions asked, questions an article,
 * how often the kind shown agrees with the editors' type of a passage the question cites, and the
 * cued sentences each gate strips of a cue (how many the editors flagged, and as what). Prints; writes
 * nothing. docs/evaluation.md, "Open questions", "Fourteenth round".
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis } from '../core/analysis-types';
import { analyzeArticle } from '../core/analyze-article';
import { cueContext } from '../core/cue-context';
import { DEFAULT_CHOICE, selectQuestions } from '../core/find-open-questions';
import { ALL_KIND_GATES, KIND_GATES, type KindGate } from '../core/kind-gates';
import { prepareQuestions } from '../core/prepare-questions';
import { findCues } from '../core/question-cues';
import { readJsonl, sentenceLines } from '../eval/eval-corpus';
import { trainLabelSources } from '../eval/followup-editor-data';
import { DEFAULT_EVAL_DIR } from '../eval/run-eval';
import { citedKeys, type FollowupLabel, labelKey } from '../eval/score-followups';
import { LABELS_DIR } from './editor-scorer';

interface LabelledArticle {
  analysis: Analysis;
  /** Per sentence: the keys of the flagged passages it touches. */
  keysAt: string[][];
  typeOf: Map<string, string>;
  labels: number;
}

interface LabelSet {
  name: string;
  articles: LabelledArticle[];
}

function loadSet(name: string, files: string[], articlePath: (article: string) => string): LabelSet {
  const labels = files.flatMap((f) => readJsonl<FollowupLabel>(f));
  const articles = [...new Set(labels.map((l) => l.article))].sort().map((article): LabelledArticle => {
    const text = readFileSync(articlePath(article), 'utf8');
    const analysis = analyzeArticle(text);
    const lines = sentenceLines(text, analysis);
    const mine = labels.filter((l) => l.article === article);
    return {
      analysis,
      keysAt: analysis.sentences.map((s) => citedKeys(s, lines.get(s.id), mine)),
      typeOf: new Map(mine.map((l) => [labelKey(l), l.type])),
      labels: mine.length,
    };
  });
  return { name, articles };
}

function loadSets(evalDir: string): LabelSet[] {
  const polnear = (a: string) => join(evalDir, 'polnear', 'article', `${a}.txt`);
  return [
    loadSet(
      'PolNeAR train labels',
      trainLabelSources(LABELS_DIR).map((s) => s.file),
      polnear,
    ),
    loadSet('PolNeAR dev', [join(evalDir, 'polnear', 'followups-dev.jsonl')], polnear),
    loadSet('BBC dev', [join(evalDir, 'labels', 'followups-dev.jsonl')], (a) =>
      join(evalDir, 'bbc', 'article', `${a}.txt`),
    ),
  ];
}

/** Recall, precision, questions and agreement of the kind shown, for the questions asked under `gates`. */
function figures(set: LabelSet, gates: readonly KindGate[]): string {
  let labels = 0;
  let covered = 0;
  let questions = 0;
  let citing = 0;
  let agree = 0;
  let most = 0;
  for (const a of set.articles) {
    const asked = selectQuestions(prepareQuestions(a.analysis, gates), DEFAULT_CHOICE);
    const index = new Map(a.analysis.sentences.map((s, i) => [s.id, i]));
    const hit = new Set<string>();
    for (const q of asked) {
      const keys = q.sentenceIds.flatMap((id) => a.keysAt[index.get(id) ?? -1] ?? []);
      for (const k of keys) hit.add(k);
      if (keys.length === 0) continue;
      citing++;
      if (keys.some((k) => a.typeOf.get(k) === q.kind)) agree++;
    }
    labels += a.labels;
    covered += hit.size;
    questions += asked.length;
    most = Math.max(most, asked.length);
  }
  const r = (x: number, y: number) => (y ? x / y : 0).toFixed(3);
  return `recall ${r(covered, labels)} (${covered}/${labels}) precision ${r(citing, questions)} (${citing}/${questions}), ${r(questions, set.articles.length)} an article, at most ${most}; kind agrees ${agree}/${citing}`;
}

/** The cued sentences a gate strips of at least one cue, and how many of them an editor flagged (by type). */
function stripped(set: LabelSet, gate: KindGate): string {
  let sentences = 0;
  let flagged = 0;
  let uncued = 0;
  const types = new Map<string, number>();
  for (const a of set.articles) {
    const { sentences: all, title } = a.analysis;
    all.forEach((s, i) => {
      const context = cueContext(title, all, i);
      const before = findCues(s.text, context, []);
      const after = findCues(s.text, context, [gate]);
      if (after.length === before.length) return;
      sentences++;
      if (after.length === 0) uncued++;
      if (a.keysAt[i]!.length === 0) return;
      flagged++;
      for (const k of a.keysAt[i]!) types.set(a.typeOf.get(k)!, (types.get(a.typeOf.get(k)!) ?? 0) + 1);
    });
  }
  const byType = [...types].map(([t, n]) => `${t} ${n}`).join(', ');
  return `strips a cue from ${sentences} sentences (${uncued} left with none), ${flagged} flagged${byType ? ` (${byType})` : ''}`;
}

function main(): void {
  const sets = loadSets(DEFAULT_EVAL_DIR);
  const rows: Array<[string, readonly KindGate[]]> = [
    ['no gate', []],
    ...ALL_KIND_GATES.map((g): [string, readonly KindGate[]] => [`${g.name} alone`, [g]]),
    ['all gates', ALL_KIND_GATES],
    [`the engine's (${KIND_GATES.map((g) => g.name).join(', ')})`, KIND_GATES],
    // What a gate the engine does not apply would add to the engine's, the figure a change is chosen on.
    ...ALL_KIND_GATES.filter((g) => !KIND_GATES.includes(g)).map((g): [string, readonly KindGate[]] => [
      `the engine's + ${g.name}`,
      [...KIND_GATES, g],
    ]),
  ];
  for (const set of sets) {
    process.stdout.write(`${set.name} (${set.articles.length} articles)\n`);
    for (const [name, gates] of rows) process.stdout.write(`  ${name}: ${figures(set, gates)}\n`);
    for (const g of ALL_KIND_GATES) process.stdout.write(`  ${g.name} ${stripped(set, g)}\n`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
