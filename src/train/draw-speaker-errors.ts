import { readFileSync } from 'node:fs';
import { seededShuffle } from '../eval/seeded-random';

/**
 * A seeded draw of the speaker errors `npm run train:speakers -- --dump FILE` writes (out of fold, PolNeAR
 * train), printed with the sentence, the gold and the predicted speaker, for reading by class: the draw
 * is fixed before anyone reads it, so the classes are not chosen by what caught the eye (docs/evaluation.md,
 * sixteenth round: 60 of 390, seed 1716).
 *   npm run draw:speakers -- FILE [count=60] [seed=1716]
 */

interface DumpedError {
  article: string;
  what: string;
  gold: string;
  got: string | null;
  best: string | null;
  confidence: number;
  goldAmongCandidates: boolean;
  route: string;
  candidates: string[];
  quote: string;
  paragraph: string;
}

/** Which of `total` rows a seeded shuffle draws, `count` of them, in ascending order. */
export function drawSpeakerErrors(total: number, count: number, seed: number): number[] {
  const rows = Array.from({ length: total }, (_, i) => i);
  return seededShuffle(rows, seed)
    .slice(0, count)
    .sort((a, b) => a - b);
}

function main(): void {
  const [file, count = '60', seed = '1716'] = process.argv.slice(2);
  if (!file) throw new Error('usage: npm run draw:speakers -- FILE [count] [seed]');
  const rows = readFileSync(file, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as DumpedError)
    .filter((r) => r.article.startsWith('train/'));
  const picked = drawSpeakerErrors(rows.length, Number(count), Number(seed));
  console.log(`# ${picked.length} of ${rows.length} errors in ${file}, seed ${seed}: ${picked.join(',')}`);
  for (const i of picked) {
    const r = rows[i]!;
    console.log(
      `\n[${i}] ${r.what} gold=${JSON.stringify(r.gold)} got=${JSON.stringify(r.got)} best=${JSON.stringify(r.best)} ` +
        `confidence=${r.confidence} goldAmongCandidates=${r.goldAmongCandidates} route=${r.route} candidates=${JSON.stringify(r.candidates)}`,
    );
    console.log(`  ${r.article}\n  quote: ${r.quote}\n  paragraph: ${r.paragraph}`);
  }
}

// Run as a script (npm run draw:speakers), not when a test imports the draw.
if (process.argv[1]?.endsWith('draw-speaker-errors.ts')) main();
