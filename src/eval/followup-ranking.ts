import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanArticle } from '../core/clean-article';
import { cueContext } from '../core/cue-context';
import { MODEL_WEIGHT } from '../core/find-open-questions';
import { passageFeatures } from '../core/passage-features';
import { findCues } from '../core/question-cues';
import { scoreFollowup } from '../core/score-followup';
import { splitSentences } from '../core/split-sentences';
import { readJsonl } from './eval-corpus';

interface EditorSentence {
  text: string;
  index: number;
  count: number;
  flagged: boolean;
  passage: string[];
  /** The headline and the sentence before, where a poll may be named (cue-context.ts). */
  context: string;
}

/** How well three scores rank the sentences editors flagged above the rest (AUC, ties count half). */
export interface RankingScore {
  sentences: number;
  flagged: number;
  /** The learned follow-up scorer alone (src/core/models/followup-scorer.json). */
  scorer: number;
  /** The strongest cue family's strength alone (0 without a cue). */
  cue: number;
  /** Cue strength + MODEL_WEIGHT x scorer: the engine's ranking (find-open-questions.ts). */
  combined: number;
}

/** The article's sentences, each with its passage features (what the rest of the story says about it). */
function sentencesOf(
  text: string,
): Array<{ text: string; start: number; end: number; passage: string[]; context: string }> {
  const article = cleanArticle(text);
  const sentences = splitSentences(article);
  const passage = passageFeatures(
    sentences.map((s) => s.text),
    article.title,
  );
  return sentences.map((s, i) => ({
    text: s.text,
    start: s.start,
    end: s.end,
    passage: passage[i]!,
    context: cueContext(article.title, sentences, i),
  }));
}

/** PolNeAR dev sentences of the labelled articles, flagged when an editor's passage overlaps them. */
function polnearSentences(evalDir: string): EditorSentence[] {
  const labels = readJsonl<{ article: string; start: number; end: number }>(
    join(evalDir, 'polnear', 'followups-dev.jsonl'),
  );
  const out: EditorSentence[] = [];
  const dir = join(evalDir, 'polnear', 'article', 'dev');
  for (const file of readdirSync(dir).sort()) {
    const spans = labels.filter((l) => l.article === `dev/${file.slice(0, -4)}`);
    if (spans.length === 0) continue;
    const sentences = sentencesOf(readFileSync(join(dir, file), 'utf8'));
    sentences.forEach((s, index) => {
      const flagged = spans.some((f) => s.start < f.end && s.end > f.start);
      out.push({ text: s.text, index, count: sentences.length, flagged, passage: s.passage, context: s.context });
    });
  }
  return out;
}

/** BBC dev sentences of the labelled articles, flagged when they sit on a flagged line. */
function bbcSentences(evalDir: string): EditorSentence[] {
  const labels = readJsonl<{ article: string; line: number }>(join(evalDir, 'labels', 'followups-dev.jsonl'));
  const out: EditorSentence[] = [];
  for (const name of [...new Set(labels.map((l) => l.article))].sort()) {
    const text = readFileSync(join(evalDir, 'bbc', 'article', `${name}.txt`), 'utf8');
    const lines = new Set(labels.filter((l) => l.article === name).map((l) => l.line));
    const sentences = sentencesOf(text);
    sentences.forEach((s, index) => {
      const line = text.slice(0, s.start).split('\n').length;
      out.push({
        text: s.text,
        index,
        count: sentences.length,
        flagged: lines.has(line),
        passage: s.passage,
        context: s.context,
      });
    });
  }
  return out;
}

/** Area under the ROC curve: the chance a flagged sentence outranks an unflagged one (ties count half). */
export function auc(scored: Array<[number, boolean]>): number {
  const sorted = [...scored].sort((a, b) => a[0] - b[0]);
  let rankSum = 0;
  let positives = 0;
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j]![0] === sorted[i]![0]) j++;
    const midRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) {
      if (sorted[k]![1]) {
        rankSum += midRank;
        positives++;
      }
    }
    i = j;
  }
  const negatives = sorted.length - positives;
  return positives && negatives ? (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives) : 0;
}

/**
 * How the learned scorer, the cue strength and the engine's sum of the two rank the sentences
 * editors flagged on PolNeAR dev and BBC dev. The scorer is trained on PolNeAR train attributions
 * only, so this is its measure on labels it never saw. `score` is the trainer's model before it is saved.
 */
export function followupRanking(
  evalDir: string,
  score: typeof scoreFollowup = scoreFollowup,
): { polnear: RankingScore; bbc: RankingScore } {
  const rank = (data: EditorSentence[]): RankingScore => {
    const scorer: Array<[number, boolean]> = [];
    const cue: Array<[number, boolean]> = [];
    const combined: Array<[number, boolean]> = [];
    for (const s of data) {
      const cues = findCues(s.text, s.context);
      const p = score(s.text, s.index, s.count, cues, s.passage);
      const strength = Math.max(0, ...cues.map((c) => c.strength));
      scorer.push([p, s.flagged]);
      cue.push([strength, s.flagged]);
      combined.push([strength + MODEL_WEIGHT * p, s.flagged]);
    }
    return {
      sentences: data.length,
      flagged: data.filter((s) => s.flagged).length,
      scorer: auc(scorer),
      cue: auc(cue),
      combined: auc(combined),
    };
  };
  return { polnear: rank(polnearSentences(evalDir)), bbc: rank(bbcSentences(evalDir)) };
}
