import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeArticle } from '../src/core/analyze-article';
import type { Benchmark, BenchRow } from './bench-types';

/**
 * Quote and speaker passes on hostile input: each 100 KB text should analyse within 3x the time
 * of 100 KB of real prose (issues 11 and 17). `npm run bench hostile-quotes`
 */
const SIZE = 100_000;
const RATIO = 3;
const repeat = (unit: string): string => `Headline\n\n${unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE)}`;

function realProse(): string {
  const dir = fileURLToPath(new URL('../../shared/eval/polnear/article/dev', import.meta.url));
  let text = '';
  for (const file of readdirSync(dir).sort()) {
    if (text.length >= SIZE) break;
    text += `${readFileSync(join(dir, file), 'utf8')}\n\n`;
  }
  return text.slice(0, SIZE);
}

const HOSTILE: Array<[string, string]> = [
  ['“ repeated', repeat('\u201c ')],
  ['said repeated', repeat('said ')],
  ['He said "yes" and "no" repeated', repeat('He said "yes" and "no" ')],
  ['a "launch team" and (one sentence of quoted terms)', repeat('part of a "launch team" and ')],
  ['“rapists“ while repeated (opening marks set as closers)', repeat('\u201crapists\u201c while ')],
  // Every span unattributed: each is judged by the acceptance model (quote-acceptance.ts).
  ['and "we will not go" then (one sentence of judged spans)', repeat('and "we will not go" then ')],
  [
    'a title, 100,000 spaces, a word, a title (the gap between listed titles)',
    `Headline\n\nShe starred in "How the Grinch Stole Christmas,"${' '.repeat(SIZE)}x "Apollo 13," and more.`,
  ],
  // The stand-alone check's pronoun tag once looked behind from every position over the whole run (quadratic).
  ['a word, 100,000 spaces, a word (one sentence of whitespace)', `Headline\n\nHello${' '.repeat(SIZE)}x.`],
  // The challenge gate read the whole sentence once per cue in it (quadratic: 210 KB of these took 8.7 s).
  [
    'took slams at council member Varga repeated (one sentence of challenge cues)',
    repeat('took slams at council member Varga '),
  ],
  // The namesake check ran a regex over the whole article per coordinated pair (370 KB of these took 32 s).
  [
    'John Smith, Mary Jones and Tom Reid, repeated (coordinated names)',
    repeat('John Smith, Mary Jones and Tom Reid, '),
  ],
  // The modal reader read each "plans to"'s whole subject (a clause of them took 11 s at 112 KB).
  ['over plans to repeated (one clause of verbs of intent)', repeat('over plans to ')],
  ['a quote mark that never closes', `Headline\n\n"${'word '.repeat(SIZE / 5)}`],
  ['a 100,000-character quote', `Headline\n\nShe said: "${'Words run on. '.repeat(SIZE / 14)}" She left.`],
  ['apostrophes', repeat("' ")],
  // A '' pair makes single marks no British evidence; the scare-term check then reads the rest (quote-marks.ts).
  [
    "a ''…'' pair, then one sentence of single marks",
    `Headline\n\nShe said ''fine'' today. ${"a 'b' c ".repeat(SIZE / 8)}`,
  ],
  ['Mr. Smith said. repeated', repeat('Mr. Smith said. ')],
  ["'Yes,' said Ms Jones. repeated", repeat("'Yes,' said Ms Jones. ")],
  ['Ms Jones said "…" and (one sentence)', repeat('Ms Jones said "it is fine" and ')],
  [
    'an interview transcript of Q:/A: lines',
    `Q&A with Ruth Okafor\n\nMayor Ruth Okafor spoke to us in an interview.\n\n${repeat('Q: Why now?\n\nA: Because the money runs out.\n\n').slice(10)}`,
  ],
  [
    'a court transcript of MS ACHEBE:/MR DANIN: lines',
    `Headline\n\nProsecutor Helen Achebe questioned Robert Danin.\n\n${repeat('MS ACHEBE: Did you see it?\n\nMR DANIN: No, I did not.\n\n').slice(10)}`,
  ],
];

/** The median of three runs: one run of a few hundred milliseconds can land on a major GC. */
function timeMs(text: string): number {
  const runs = [0, 1, 2].map(() => {
    const start = performance.now();
    analyzeArticle(text);
    return performance.now() - start;
  });
  return runs.sort((a, b) => a - b)[1]!;
}

export const benchHostileQuotes: Benchmark = async ({ log }) => {
  const prose = realProse();
  timeMs(prose); // warm-up
  const proseMs = timeMs(prose);
  log(`hostile-quotes: 100 KB of real prose in ${proseMs.toFixed(0)} ms`);
  const rows: BenchRow[] = [{ name: '100 KB of real prose (PolNeAR dev)', value: `${proseMs.toFixed(0)} ms` }];
  // A name, then a run of initials with no closing stop, once in real prose: the apposition reader
  // (role-of.ts) once backtracked exponentially on it (28 initials: seconds; each more doubled it).
  HOSTILE.push([
    'real prose + "Jane Doe, A.A.…(28) b("',
    `${prose.slice(0, SIZE - 80)}\n\nJane Doe, ${'A.'.repeat(28)}b(`,
  ]);
  for (const [name, text] of HOSTILE) {
    const ms = timeMs(text);
    rows.push({
      name: `100 KB hostile: ${name}`,
      value: `${ms.toFixed(0)} ms`,
      target: `<= ${RATIO}x real prose`,
      ok: ms <= RATIO * proseMs,
      note: `${(ms / proseMs).toFixed(1)}x`,
    });
  }
  return rows;
};
