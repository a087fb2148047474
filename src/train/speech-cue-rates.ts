import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Learns speech-cue evidence from the PolNeAR train annotation, where every cue word of every
 * attribution (direct and indirect) is marked: for each word, the share of its occurrences in the
 * train articles that sit inside a cue span. "said" is nearly always a cue, "gushed" or
 * "interjected" often, "released" rarely: evidence a hand list of verbs cannot weigh.
 * `keep` (an article id, "train/<name>") limits the articles learned from: the speaker trainer's
 * cross-validation learns each fold's rates without that fold. Deterministic.
 */

/** A word must be a cue this many times to be kept: rarer ones are noise. */
const MIN_CUES = 3;
/** Add-k smoothing toward "not a cue", so a word seen 3 times out of 3 is not a certainty. */
const SMOOTHING = 2;
const MIN_RATE = 0.02;
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

function cueRanges(ann: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id?.startsWith('T') || !body?.startsWith('Cue ')) continue;
    for (const range of body.slice(4).split(';')) {
      const [start, end] = range.split(' ').map(Number);
      if (Number.isFinite(start) && Number.isFinite(end)) out.push([start!, end!]);
    }
  }
  return out;
}

/** Word -> cue rate (rounded to 3 places), in word order: the shape of src/core/models/speech-cues.json. */
export function speechCueRates(
  evalDir: string,
  keep: (article: string) => boolean = () => true,
): Record<string, number> {
  const annDir = join(evalDir, 'polnear', 'attributions', 'train');
  const textDir = join(evalDir, 'polnear', 'article', 'train');
  const seen = new Map<string, number>();
  const cue = new Map<string, number>();
  for (const file of readdirSync(annDir).sort()) {
    if (!file.endsWith('.ann') || !keep(`train/${file.replace(/\.ann$/, '')}`)) continue;
    const text = readFileSync(join(textDir, file.replace(/\.ann$/, '.txt')), 'utf8');
    const ranges = cueRanges(readFileSync(join(annDir, file), 'utf8'));
    for (const m of text.matchAll(WORD)) {
      const word = m[0].toLowerCase().replace(/’/g, "'");
      seen.set(word, (seen.get(word) ?? 0) + 1);
      const at = m.index;
      if (ranges.some(([s, e]) => at >= s && at < e)) cue.set(word, (cue.get(word) ?? 0) + 1);
    }
  }
  const words: Record<string, number> = {};
  for (const [word, n] of [...cue].sort(([a], [b]) => a.localeCompare(b))) {
    if (n < MIN_CUES) continue;
    const rate = n / ((seen.get(word) ?? n) + SMOOTHING);
    if (rate >= MIN_RATE) words[word] = Math.round(rate * 1000) / 1000;
  }
  return words;
}
