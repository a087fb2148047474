import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { englishShare } from '../app/english-share';
import { projectPath } from '../project-path';
import { EVAL_DIR as EVAL } from './eval-dir';

/**
 * The 100 commonest words of the PolNeAR training articles (src/app/english-common-words.json), and
 * the share of each corpus's words among them, to choose the not-English warning's bar: on train,
 * checked on PolNeAR dev and the BBC articles (never flagged) and on French, Spanish and German
 * copy (always flagged). `npm run lexicon:english [-- --report-only]`.
 */
const WORD = /\p{L}+(?:['’]\p{L}+)*/gu;

const filesIn = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesIn(join(dir, e.name)) : e.name.endsWith('.txt') ? [join(dir, e.name)] : [],
  );

const train = filesIn(join(EVAL, 'polnear/article/train'));
if (!process.argv.includes('--report-only')) {
  const counts = new Map<string, number>();
  for (const file of train)
    for (const w of readFileSync(file, 'utf8').toLowerCase().match(WORD) ?? []) {
      const word = w.replace(/’/g, "'");
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  const words = [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 100)
    .map(([w]) => w);
  writeFileSync(
    projectPath('src/app/english-common-words.json'),
    `${JSON.stringify({ source: 'PolNeAR train (840 articles), 100 commonest words', words })}\n`,
  );
  console.log('wrote 100 words; rerun with --report-only to see the shares with them loaded');
}

const report = (name: string, files: string[]) => {
  const shares = files.map((f) => ({ f, ...englishShare(readFileSync(f, 'utf8')) })).sort((a, b) => a.share - b.share);
  const low = shares
    .slice(0, 3)
    .map((s) => `${s.share.toFixed(3)} (${s.words} words) ${s.f.split('/').slice(-2).join('/')}`);
  console.log(`${name}: ${files.length} texts, lowest ${low.join(' | ')}`);
};
report('PolNeAR train', train);
report('PolNeAR dev', filesIn(join(EVAL, 'polnear/article/dev')));
report('BBC', filesIn(join(EVAL, 'bbc/article')));
report('samples', filesIn(projectPath('samples')));
report(
  'fr/es/de',
  filesIn(projectPath('test/app/fixtures')).filter((f) => /not-english/.test(f)),
);
