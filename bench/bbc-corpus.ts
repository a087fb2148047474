import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../src/eval/seeded-random';

const BBC_DIR = join(import.meta.dirname, '../../shared/eval/bbc/article');

export interface CorpusArticle {
  name: string;
  text: string;
}

/** The 100 BBC eval articles (line 1 headline, one sentence per line, blank line between paragraphs). */
export function loadBbcArticles(dir = BBC_DIR): CorpusArticle[] {
  const out: CorpusArticle[] = [];
  for (const category of readdirSync(dir).sort()) {
    for (const file of readdirSync(join(dir, category)).sort()) {
      if (file.endsWith('.txt'))
        out.push({ name: `${category}/${file}`, text: readFileSync(join(dir, category, file), 'utf8') });
    }
  }
  return out;
}

/**
 * `count` synthetic articles recombined from BBC sentences: a headline from one article, then
 * 3-6 paragraphs of sentences drawn from articles of the same category, so vocabulary, quotes
 * and names look like real copy while every text (and so every content hash) differs.
 */
export function* syntheticArticles(
  corpus: readonly CorpusArticle[],
  count: number,
  seed = 42,
): Generator<{ title: string; text: string }> {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const byCategory = new Map<string, { headlines: string[]; sentences: string[] }>();
  for (const article of corpus) {
    const category = article.name.split('/')[0]!;
    const entry = byCategory.get(category) ?? { headlines: [], sentences: [] };
    const [headline = '', ...lines] = article.text.split('\n');
    entry.headlines.push(headline.trim());
    entry.sentences.push(...lines.map((l) => l.trim()).filter((l) => l.length > 20));
    byCategory.set(category, entry);
  }
  const categories = [...byCategory.values()];
  for (let i = 0; i < count; i++) {
    const { headlines, sentences } = pick(categories);
    const paragraphs: string[] = [];
    const paragraphCount = 3 + Math.floor(random() * 4);
    for (let p = 0; p < paragraphCount; p++) {
      const size = 1 + Math.floor(random() * 3);
      paragraphs.push(Array.from({ length: size }, () => pick(sentences)).join('\n'));
    }
    // The serial number keeps texts unique even when the sentence draw repeats.
    const title = `${pick(headlines)} (${i + 1})`;
    yield { title, text: `${title}\n\n${paragraphs.join('\n\n')}\n` };
  }
}
