import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeArticle } from '../core/analyze-article';
import type { Analyzer } from './eval-corpus';
import { britishStyle, nytStyle } from './house-styles';
import { loadCorpusArticle } from './score-attribution';

/** Every .txt under dir, sorted, as paths relative to dir without the extension. */
function listTexts(dir: string): string[] {
  const out: string[] = [];
  const walk = (at: string): void => {
    for (const entry of readdirSync(at, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.txt')) out.push(relative(dir, path).slice(0, -4));
    }
  };
  walk(dir);
  return out;
}

/**
 * The texts the eval hands the engine: BBC (dev and held-out) raw, as `newsbrief analyze` reads them
 * and in the two rewritten house styles; PolNeAR train and dev raw and as read; the samples.
 */
export function digestTexts(evalDir: string, samplesDir: string): Map<string, string> {
  const texts = new Map<string, string>();
  const bbc = join(evalDir, 'bbc');
  for (const id of listTexts(join(bbc, 'article'))) {
    const raw = readFileSync(join(bbc, 'article', `${id}.txt`), 'utf8');
    const read = loadCorpusArticle(bbc, id);
    texts.set(`bbc/${id}`, raw);
    texts.set(`bbc/${id}#read`, read);
    texts.set(`bbc/${id}#british`, britishStyle(read));
    texts.set(`bbc/${id}#nyt`, nytStyle.text(read));
  }
  const polnear = join(evalDir, 'polnear');
  for (const id of listTexts(join(polnear, 'article'))) {
    texts.set(`polnear/${id}`, readFileSync(join(polnear, 'article', `${id}.txt`), 'utf8'));
    texts.set(`polnear/${id}#read`, loadCorpusArticle(polnear, id));
  }
  for (const id of listTexts(samplesDir))
    texts.set(`samples/${id}`, readFileSync(join(samplesDir, `${id}.txt`), 'utf8'));
  return texts;
}

/** One SHA-256 over every analysis's JSON (in key order), and each text's own hash to locate a change. */
export function analysisDigest(
  texts: ReadonlyMap<string, string>,
  analyze: Analyzer = (t) => analyzeArticle(t),
): { digest: string; perText: string[] } {
  const all = createHash('sha256');
  const perText: string[] = [];
  for (const [key, text] of texts) {
    const json = JSON.stringify(analyze(text));
    all.update(json);
    perText.push(`${createHash('sha256').update(json).digest('hex')} ${key}`);
  }
  return { digest: all.digest('hex'), perText };
}

// `npx tsx src/eval/analysis-digest.ts [evalDir] [samplesDir] [per-text-out]`: the invariance check for speed work.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const evalDir = resolve(process.argv[2] ?? '../shared/eval');
  const samplesDir = resolve(process.argv[3] ?? '../shared/samples');
  const texts = digestTexts(evalDir, samplesDir);
  const { digest, perText } = analysisDigest(texts);
  writeFileSync(process.argv[4] ?? '/tmp/analysis-digest.txt', `${perText.join('\n')}\n`);
  console.log(`${digest}  (${texts.size} texts)`);
}
