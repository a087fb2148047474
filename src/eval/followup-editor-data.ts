import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis, OpenQuestion } from '../core/analysis-types';
import { analyzeArticle } from '../core/analyze-article';
import type { SelectableQuestions } from '../core/find-open-questions';
import { readJsonl, sentenceLines } from './eval-corpus';
import { preparedAsShipped } from './prepared-as-shipped';
import { citedKeys, type FollowupLabel, labelKey } from './score-followups';

/** One article the editors labelled, read once: what the choice of questions needs, and how to score it. */
export interface EditorArticle {
  corpus: 'polnear' | 'bbc';
  name: string;
  prepared: SelectableQuestions;
  /** The article's sentences as the engine split them (what a learned lexicon reads). */
  texts: string[];
  /** Per sentence: the flagged passages it touches (their keys). */
  keysAt: string[][];
  /** Per sentence: does it sit on a flagged passage (the training label of the editors' scorer)? */
  flagged: boolean[];
  labels: number;
  /** Each flagged passage's key (two labels may share a line: each counts, as in score.py). */
  labelKeys: string[];
  /** Each flagged passage's type (unverified, disputed, pending, unknown) by its key, where the loader read the labels. */
  typeOf?: ReadonlyMap<string, string>;
  /** The flagged passages a question citing these sentence ids covers (score.py's rule). */
  keysOf: (sentenceIds: readonly number[]) => string[];
}

/** Passages covered and questions citing one, for one article's questions. */
export interface Tally {
  labels: number;
  covered: number;
  questions: number;
  citing: number;
  articles: number;
}

/** Where one set of editor-style labels lives: PolNeAR span labels or BBC line labels. */
export interface LabelSource {
  corpus: 'polnear' | 'bbc';
  file: string;
}

/** The editors' dev labels: PolNeAR dev (spans, 103 passages) and BBC dev (lines). */
function devLabelSources(evalDir: string): LabelSource[] {
  return [
    { corpus: 'polnear', file: join(evalDir, 'polnear', 'followups-dev.jsonl') },
    { corpus: 'bbc', file: join(evalDir, 'labels', 'followups-dev.jsonl') },
  ];
}

/**
 * The editor-style labels written on PolNeAR **train** articles (`labels/polnear-followups-train-*.jsonl`,
 * one file a writer), whatever exists: the only editor labels a model may be fitted on.
 */
export function trainLabelSources(labelsDir: string): LabelSource[] {
  if (!existsSync(labelsDir)) return [];
  return readdirSync(labelsDir)
    .filter((f) => /^polnear-followups-train-[\w-]+\.jsonl$/.test(f))
    .sort()
    .map((f) => ({ corpus: 'polnear' as const, file: join(labelsDir, f) }));
}

/**
 * Every labelled article of the given sources (PolNeAR dev and BBC dev by default), in name order; `analyze` lets the
 * eval share the analyses its other scorers made of the same texts.
 */
export function loadEditorArticles(
  evalDir: string,
  sources = devLabelSources(evalDir),
  analyze: (text: string) => Analysis = analyzeArticle,
): EditorArticle[] {
  const out: EditorArticle[] = [];
  for (const { corpus, file } of sources) {
    const labels = readJsonl<FollowupLabel>(file);
    for (const name of [...new Set(labels.map((l) => l.article))].sort()) {
      const text = readFileSync(
        corpus === 'polnear'
          ? join(evalDir, 'polnear', 'article', `${name}.txt`)
          : join(evalDir, 'bbc', 'article', `${name}.txt`),
        'utf8',
      );
      const analysis = analyze(text);
      const lines = sentenceLines(text, analysis);
      const mine = labels.filter((l) => l.article === name);
      const keysOfId = new Map(analysis.sentences.map((s) => [s.id, citedKeys(s, lines.get(s.id), mine)]));
      out.push({
        corpus,
        name,
        prepared: preparedAsShipped(analysis),
        texts: analysis.sentences.map((s) => s.text),
        keysAt: analysis.sentences.map((s) => keysOfId.get(s.id) ?? []),
        flagged: analysis.sentences.map((s) => (keysOfId.get(s.id) ?? []).length > 0),
        labels: mine.length,
        labelKeys: mine.map(labelKey),
        typeOf: new Map(mine.map((l) => [labelKey(l), l.type])),
        keysOf: (ids) => ids.flatMap((id) => keysOfId.get(id) ?? []),
      });
    }
  }
  return out;
}

/** Scores one article's questions the way score.py does (a passage is covered once, a question cites or not). */
export function tallyQuestions(article: EditorArticle, questions: readonly OpenQuestion[]): Tally {
  const covered = new Set<string>();
  let citing = 0;
  for (const q of questions) {
    const keys = article.keysOf(q.sentenceIds);
    for (const key of keys) covered.add(key);
    if (keys.length > 0) citing++;
  }
  const hit = article.labelKeys.filter((k) => covered.has(k)).length;
  return { labels: article.labels, covered: hit, questions: questions.length, citing, articles: 1 };
}

export function addTallies(a: Tally, b: Tally): Tally {
  return {
    labels: a.labels + b.labels,
    covered: a.covered + b.covered,
    questions: a.questions + b.questions,
    citing: a.citing + b.citing,
    articles: a.articles + b.articles,
  };
}

export const EMPTY_TALLY: Tally = { labels: 0, covered: 0, questions: 0, citing: 0, articles: 0 };

/** Recall (passages covered), precision (questions citing one) and questions an article. */
export function figuresOf(t: Tally): { recall: number; precision: number; perArticle: number } {
  return {
    recall: t.labels ? t.covered / t.labels : 0,
    precision: t.questions ? t.citing / t.questions : 0,
    perArticle: t.articles ? t.questions / t.articles : 0,
  };
}
