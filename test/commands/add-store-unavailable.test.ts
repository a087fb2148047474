import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../commands/command-definition';
import { runBriefCommand } from '../../commands/index';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import type { NewArticle } from '../../src/store/article-repository';
import { makeTestApp, type TestApp } from '../support/make-test-app';

// From session 25's noticed list: the chat `/brief add <link>` answered a store that could not be
// written like a bad link ("Could not add …: database is locked"), where `newsbrief ingest` says
// NOT INGESTED … run again (exit 75).
const STORY =
  'Ferry contract vote put off again\n\nThe harbour council delayed its vote on the ferry contract on Tuesday, officials said, after councillors asked about the cost of the new vessels. The operator said it would wait for the decision before ordering the second boat.';
const page = async (url: string): Promise<NewArticle> => ({ source: url, title: 'Ferry', text: STORY });

describe('/brief add when the store cannot take the article', () => {
  let t: TestApp;
  let ctx: CommandContext;
  beforeEach(async () => {
    // A low busy timeout: SQLITE_BUSY is the same after 100 ms as after production's 5 s.
    t = await makeTestApp({ fetchArticle: page, busyTimeoutMs: 100 });
    ctx = { channelId: 'console', userId: 'console:U1', app: t.app };
  });
  afterEach(() => t.close());

  /** Another process holding the SQLite write lock past the store's busy timeout: SQLITE_BUSY. */
  const whileLocked = async <T>(work: () => Promise<T>): Promise<T> => {
    const other = new Database(t.dbPath);
    other.exec('BEGIN EXCLUSIVE');
    try {
      return await work();
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  };
  const say = async (text: string) => {
    const reply = await runBriefCommand(text, ctx);
    return { reply, text: renderConsoleReply(reply) };
  };

  it('says plainly that a link was not added and to add it again, then adds it once the store is back', async () => {
    const locked = await whileLocked(() => say('add https://example.com/ferry'));
    expect(locked.reply.kind).toBe('error');
    expect(locked.text).toMatch(/^Not added: newsbrief could not store it just now/);
    expect(locked.text).toContain('Nothing is wrong with the link: add it again in a minute.');
    expect(locked.text).not.toMatch(/SQLITE|locked/);
    expect(await t.store.articles.count()).toBe(0);
    // Control: the same command, the store back, adds it.
    const again = await say('add https://example.com/ferry');
    expect(again.text).toMatch(/^Added: “Ferry contract vote put off again” \(#1\)/);
  }, 30_000);

  it('says the same of pasted text, which was an unhandled error', async () => {
    const locked = await whileLocked(() => say(`add ${STORY}`));
    expect(locked.text).toContain('Nothing is wrong with your text: add it again in a minute.');
    expect(await t.store.articles.count()).toBe(0);
  }, 30_000);
});
