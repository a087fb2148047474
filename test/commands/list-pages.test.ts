import { afterEach, describe, expect, test } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import type { AsyncStore } from '../../src/store/async/async-store';
import { openPostgresStore } from '../../src/store/postgres/open-postgres-store';
import { fakeClock } from '../scheduler/scheduler-fixture';
import { makeTestApp, type TestApp } from '../support/make-test-app';
import { useTestDatabase } from '../support/shared-postgres';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const database = useTestDatabase();

/** The stores paging must agree on: the SQLite file and PostgreSQL (a fresh schema per test). */
const stores: [string, ((now: () => Date) => Promise<AsyncStore>) | undefined][] = [
  ['SQLite', undefined],
  [
    'PostgreSQL',
    (now) => openPostgresStore({ url: database().url, schema: database().freshSchema(), now, poolSize: 2 }),
  ],
];

describe.each(stores)('/brief list pages on %s', (_name, openStore) => {
  async function storeWithStories(count: number) {
    const clock = fakeClock('2026-03-02T09:00:00Z');
    t = await makeTestApp({ now: clock.now, ...(openStore ? { store: await openStore(clock.now) } : {}) });
    for (let n = 1; n <= count; n++) {
      await t.app.ingest({
        source: 'test',
        title: `Harbour story ${n}`,
        text: `Harbour story ${n}\n\nThe council met on day ${n} to discuss the harbour, a spokesman said.`,
      });
      clock.advance(60_000);
    }
    return { channelId: 'console:test', userId: 'console:tester', app: t.app };
  }

  test('/brief list pages through older stories; the first page says how to see more', async () => {
    const ctx = await storeWithStories(32);
    const first = await runBriefCommand('list', ctx);
    expect(first.title).toBe('Recent stories (15 of 32)');
    expect(first.sections[0]!.items[0]!.text).toBe('Harbour story 32');
    expect(renderConsoleReply(first)).toContain('older ones: /brief list 2');

    const third = await runBriefCommand('list 3', ctx);
    expect(third.title).toBe('Recent stories (31–32 of 32)');
    expect(third.sections[0]!.items.map((i) => i.text)).toEqual(['Harbour story 2', 'Harbour story 1']);
    expect(renderConsoleReply(third)).not.toContain('older ones');

    // Every story is on exactly one page, newest first.
    const second = await runBriefCommand('list 2', ctx);
    expect(second.title).toBe('Recent stories (16–30 of 32)');
    const listed = [first, second, third].flatMap((page) => page.sections[0]!.items.map((i) => i.text));
    expect(listed).toEqual(Array.from({ length: 32 }, (_, i) => `Harbour story ${32 - i}`));

    const past = await runBriefCommand('list 4', ctx);
    expect(past.kind).toBe('error');
    expect(renderConsoleReply(past)).toContain('There is no page 4: pages run from 1 to 3 (32 stories, 15 a page).');
    const words = renderConsoleReply(await runBriefCommand('list ferry', ctx));
    expect(words).toContain('“list” takes only a page number (/brief list 2), not “ferry”.');
  });

  test('a short store lists every story on one page, with no pointer to more', async () => {
    const ctx = await storeWithStories(2);
    const reply = await runBriefCommand('list', ctx);
    expect(reply.title).toBe('Recent stories (2 of 2)');
    expect(renderConsoleReply(reply)).not.toContain('older ones');
    expect(renderConsoleReply(await runBriefCommand('list 0', ctx))).toContain(
      'There is no page 0: there is only page 1 (2 stories, 15 a page).',
    );
  });
});
