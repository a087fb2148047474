import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/ingest/ingest-files';
import type { ParsedArticleFile } from '../../src/ingest/parse-article-file';
import type { NewArticle } from '../../src/store/article-repository';
import { createWorkerPool } from '../../src/workers/create-worker-pool';

// Session 44: the article-text check (addresses only, too short, data not prose) cost ~200 ms of main-thread CPU on a
// 1 MB file, while the bot acknowledges chat on that thread. The pool's parse job now runs it and carries the result;
// ingest runs it itself only for a parse that did not. Invented copy.
const STORY = [
  'Harbour market moves to the pier',
  '',
  ...Array.from(
    { length: 6 },
    (_, i) =>
      `Paragraph ${i + 1}: Mara Quillon, who runs the harbour market, said the stalls would move to the pier in June and that the council had agreed to pay for new lighting along the quay.`,
  ),
].join('\n');
const SHORT = 'Ferry deal\n\nThe council signed it.';

const cleanup: Array<() => unknown> = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

describe("the pool's parse job", () => {
  it('returns the article-text check with the parsed file', async () => {
    const pool = createWorkerPool({ jobTimeoutMs: 120_000 });
    cleanup.push(() => pool.close());
    expect(await pool.run('parseArticleFile', 'ferry.txt', SHORT, 'UTC')).toMatchObject({
      title: 'Ferry deal',
      textProblem: expect.stringMatching(/^too short to be an article: /),
    });
    expect(await pool.run('parseArticleFile', 'market.txt', STORY, 'UTC')).toMatchObject({
      title: 'Harbour market moves to the pier',
      textProblem: '',
    });
    // Control: a file the parser refuses is refused as before, with no check added.
    const deep = `<html><body>${'<div>'.repeat(8_000)}<p>Deep.</p>${'</div>'.repeat(8_000)}</body></html>`;
    expect(await pool.run('parseArticleFile', 'deep.html', deep, 'UTC')).toEqual({
      error: expect.stringMatching(/nests elements more than \d+ deep/),
    });
  }, 120_000);
});

describe('ingesting files', () => {
  const ingestOf = async (parsed: ParsedArticleFile) => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-text-check-'));
    cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
    writeFileSync(join(dir, 'ferry.txt'), SHORT);
    const stored: NewArticle[] = [];
    const report = await ingestFiles({
      paths: [dir],
      maxBytes: 1_000_000,
      parse: () => parsed,
      ingest: async (article) => {
        stored.push(article);
        return { article: { ...article, id: 1 } as never, outcome: 'created' };
      },
    });
    return { result: report.results[0]!, stored };
  };
  const parsed = { title: 'Ferry deal', text: SHORT, byline: null, publishedAt: null };

  it('does not check the text again on this thread when the parse did', async () => {
    const { result, stored } = await ingestOf({ ...parsed, textProblem: '' });
    expect(result).toMatchObject({ ok: true, outcome: 'created' });
    expect(stored.map((a) => a.title)).toEqual(['Ferry deal']);
    // The parse's own finding is the file's error.
    expect((await ingestOf({ ...parsed, textProblem: 'not an article: a table' })).result).toMatchObject({
      ok: false,
      error: 'not an article: a table',
    });
  });

  it('checks the text itself when the parse did not (control)', async () => {
    const { result, stored } = await ingestOf(parsed);
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/^too short to be an article: /) });
    expect(stored).toEqual([]);
  });
});
