import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Analysis } from '../core/analysis-types';

/** How an eval scorer turns raw article text into an Analysis; injectable so scorers test any engine. */
export type Analyzer = (text: string) => Analysis;

export interface EvalOptions {
  evalDir: string;
  analyze: Analyzer;
}

export function readJsonl<T>(path: string): T[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

/** "politics/001" -> raw article text (line 1 headline, as the labels count lines). */
export function readArticle(evalDir: string, article: string): string {
  return readFileSync(join(evalDir, 'bbc', 'article', `${article}.txt`), 'utf8');
}

/** Every "category/nnn" that has a file under bbc/<kind>/, sorted. */
export function listArticles(evalDir: string, kind: 'article' | 'summary' = 'article'): string[] {
  const root = join(evalDir, 'bbc', kind);
  if (!existsSync(root)) return [];
  const ids: string[] = [];
  for (const category of readdirSync(root).sort()) {
    for (const file of readdirSync(join(root, category)).sort()) {
      if (file.endsWith('.txt')) ids.push(`${category}/${file.slice(0, -4)}`);
    }
  }
  return ids;
}

/** Maps sentence ids to 1-based line numbers of the raw file, through the sentences' offsets. */
export function sentenceLines(text: string, analysis: Analysis): Map<number, number> {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lines = new Map<number, number>();
  for (const sentence of analysis.sentences) {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= sentence.start) lo = mid;
      else hi = mid - 1;
    }
    lines.set(sentence.id, lo + 1);
  }
  return lines;
}

export function mean(values: number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}
