import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyzeArticle } from '../src/core/analyze-article';
import { openSqliteStore } from '../src/store/sqlite/open-sqlite-store';
import { loadBbcArticles, syntheticArticles } from './bbc-corpus';
const m = (l: string) => { const u = process.memoryUsage(); console.log(l, 'rss', (u.rss/1048576).toFixed(0), 'heap', (u.heapUsed/1048576).toFixed(0), 'heapTotal', (u.heapTotal/1048576).toFixed(0), 'ext', (u.external/1048576).toFixed(0), 'maxRSS', (process.resourceUsage().maxRSS/1024).toFixed(0)); };
const store = openSqliteStore({ path: join(mkdtempSync(join(tmpdir(), 'nbm-')), 'x.db') });
m('start');
let n = 0;
for (const a of syntheticArticles(loadBbcArticles(), 10000)) {
  const analysis = analyzeArticle(a.text);
  store.articles.add({ source: 'x', title: a.title, text: a.text }, { entityNames: analysis.entities.map((e) => e.name), analysis: { engineKey: 'k', analysis } });
  if (++n % 2500 === 0) m(String(n));
}
(globalThis as any).gc?.();
m('gc');
