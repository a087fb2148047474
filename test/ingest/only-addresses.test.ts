import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli';
import { onlyAddresses } from '../../src/ingest/only-addresses';
import { splitAddresses } from '../../src/ingest/split-addresses';
import { captureIo } from '../support/capture-io';
import { FLYNN_SAMPLE, makeTestApp } from '../support/make-test-app';

/** Links to stories, as someone pastes them from a browser's address bar (made up). */
const LINK_A =
  'https://www.example-news.co.uk/news/uk-politics/2026/03/02/council-approves-new-harbour-ferry-contract-after-long-debate?utm_source=newsletter&utm_medium=email';
const LINK_B =
  'https://example-times.com/2026/03/02/business/ferry-operator-wins-harbour-contract-amid-questions-over-costs.html?smid=url-share';
const LINK_C = 'www.example-herald.com/local/harbour/ferry-contract-what-we-know-so-far-and-what-happens-next';

describe('onlyAddresses', () => {
  it('names text that is web addresses and no article', () => {
    expect(onlyAddresses(LINK_A)).toBe('a web address');
    expect(onlyAddresses(`${LINK_A}\n${LINK_B}\n${LINK_C}`)).toBe('3 web addresses');
    expect(onlyAddresses(`<${LINK_A}>\n<${LINK_B}>`)).toBe('2 web addresses');
    // A lead-in is not an article.
    expect(onlyAddresses(`Here are the ferry stories:\n${LINK_A}\n${LINK_B}`)).toBe('2 web addresses');
  });

  it('leaves prose with addresses in it, a labelled list of links and spaceless scripts alone', () => {
    const prose = readFileSync(FLYNN_SAMPLE, 'utf8');
    expect(onlyAddresses(`${prose}\nMore: ${LINK_A}`)).toBeUndefined();
    expect(onlyAddresses(prose)).toBeUndefined();
    const labelled = [
      `Storm advice: where to get help. Sandbags: ${LINK_A}`,
      `Report a blocked drain: ${LINK_B}`,
      `<${LINK_C}|Council tax relief for flooded homes>`,
    ].join('\n');
    expect(onlyAddresses(labelled)).toBeUndefined();
    expect(onlyAddresses(`市防汛指挥部当晚启动了一级应急响应 ${LINK_A}`)).toBeUndefined();
  });
  // The corpus check (no BBC or PolNeAR article refused) is in not-prose.test.ts.
});

describe('splitAddresses', () => {
  it('gives the addresses as written, without the punctuation prose puts around them', () => {
    const { tokens, addresses } = splitAddresses(
      `Read “${LINK_A}”, then (${LINK_B}). Background: https://en.example.org/wiki/Mercury_(planet) and <${LINK_A}|the label>`,
    );
    expect(addresses).toEqual([LINK_A, LINK_A, LINK_B, 'https://en.example.org/wiki/Mercury_(planet)']);
    expect(tokens).toEqual(['Read', 'then', 'Background:', 'and', 'the', 'label']);
    expect(splitAddresses(`see ${LINK_C}.`).addresses).toEqual([LINK_C]);
  });
});

describe('refusing web addresses as an article', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'newsbrief-only-addresses-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('chat add says what newsbrief stores and stores nothing', async () => {
    const t = await makeTestApp({ dbPath: join(dir, 'chat.db') });
    try {
      const added = await t.app.addArticle(`<${LINK_A}>\n<${LINK_B}>`, 'U1');
      expect(added.ok).toBe(false);
      expect(added.message).toMatch(/^Not added: that is only 2 web addresses, no article text\. .*paste the text/);
      // Words beside them are not called "only" addresses.
      const listed = await t.app.addArticle(`Here are the ferry stories:\n${LINK_A}\n${LINK_B}`, 'U1');
      expect(listed.message).toMatch(/^Not added: that is 2 web addresses and a few words, no article text\. /);
      // One address typed without its scheme: the reply names it and asks for the whole address.
      const bare = await t.app.addArticle('see www.example.com/news/ferry for the ferry story', 'U1');
      expect(bare.message).toBe(
        'Not added: “www.example.com/news/ferry” is not a link newsbrief can fetch: give the whole http(s) address, or paste the article text.',
      );
      expect(await t.store.articles.count()).toBe(0);
    } finally {
      await t.close();
    }
  });

  it('ingest, analyze and ask --file refuse a file holding only a link', async () => {
    const file = join(dir, 'story.txt');
    writeFileSync(file, `${LINK_A}\n`);
    const env = { NEWSBRIEF_DB: join(dir, 'cli.db'), NEWSBRIEF_LOG_LEVEL: 'silent' };
    const reason = 'not an article: it is only a web address, no article text';

    const ingest = captureIo(env);
    expect(await runCli(['ingest', file], ingest)).not.toBe(0);
    expect(ingest.out()).toContain(reason);
    expect(ingest.out()).toContain('0 added or updated');
    for (const args of [
      ['analyze', file],
      ['ask', '--file', file, 'who won the contract?'],
    ]) {
      const io = captureIo(env);
      expect(await runCli(args, io), args[0]).not.toBe(0);
      expect(`${io.out()}${io.err()}`, args[0]).toContain(reason);
    }
  });
});
