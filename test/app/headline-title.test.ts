import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, test } from 'vitest';
import { runBriefCommand } from '../../commands/index';
import { headlineTitle } from '../../src/app/headline-title';
import { runCli } from '../../src/cli/run-cli';
import { silentLogger } from '../../src/logging/create-logger';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { startConsoleChat } from '../../src/platforms/console/start-console-chat';
import { captureIo } from '../support/capture-io';
import { makeTestApp, type TestApp } from '../support/make-test-app';

let t: TestApp | undefined;
afterEach(() => t?.close());

describe('a title ends without a sentence’s full stop', () => {
  test.each([
    ['Council approves ferry contract.', 'Council approves ferry contract'],
    ['  Council approves ferry contract. ', 'Council approves ferry contract'],
    ['Will the ferry run on Sundays?', 'Will the ferry run on Sundays?'],
    ['Ferry contract signed!', 'Ferry contract signed!'],
    ['Ferry firm wins contract from U.S.', 'Ferry firm wins contract from U.S.'],
    ['Council hires Harbour Lines Inc.', 'Council hires Harbour Lines Inc.'],
    ['Ferry leaves at 9 a.m.', 'Ferry leaves at 9 a.m.'],
    ['Council approves ferry contract, and then...', 'Council approves ferry contract, and then...'],
    ['Mayor: “We will sign.”', 'Mayor: “We will sign.”'],
    ['Council approves ferry contract', 'Council approves ferry contract'],
  ])('%j -> %j', (title, expected) => {
    expect(headlineTitle(title)).toBe(expected);
  });
});

test('a pasted story is stored, listed and briefed under its headline without the full stop', async () => {
  t = await makeTestApp();
  const outcome = await t.app.addArticle(
    'Council approves ferry contract.\n\n' +
      'The council voted on Tuesday to award the ferry contract to Harbour Lines, its leader said. ' +
      '“We have waited long enough,” said Anna Reyes, the council leader. ' +
      'Opposition members asked how much the contract would cost and were not told.',
    'slack:U1',
  );
  expect(outcome.message).toBe('Added: “Council approves ferry contract” (#1)');
  expect((await t.store.articles.get(1))?.title).toBe('Council approves ferry contract');
  const ctx = { channelId: 'slack:C1', userId: 'slack:U1', app: t.app };
  const brief = await runBriefCommand('#1', ctx);
  expect(brief.title).toBe('Council approves ferry contract');
  expect(renderConsoleReply(await runBriefCommand('list', ctx))).toContain(
    '• Council approves ferry contract (/brief #1)',
  );
});

describe('a title made from a long opening sentence (a one-line paste) is cut at a word boundary', () => {
  const line = (title: string) => `${title} More of the story follows here, at length, for the reader.`;
  test.each([
    // Never inside a name: not "… by the Federal…".
    [
      'The dollar has hit its highest level in almost three months after remarks by the Federal Reserve chairman Alan Greenspan.',
      'The dollar has hit its highest level in almost three months after remarks by the Federal Reserve…',
    ],
    // Never inside a number and what it counts, nor after a word that leaves the phrase open.
    [
      'Port Ellis council has postponed the vote on the ferry contract after councillors asked about the £48 million it would cost.',
      'Port Ellis council has postponed the vote on the ferry contract after councillors asked…',
    ],
    [
      'Negotiators in the long dispute between the unions and the Bank of America reached a deal late on Friday night.',
      'Negotiators in the long dispute between the unions and the Bank of America reached a deal late…',
    ],
  ])('%j', (sentence, expected) => {
    const title = headlineTitle(sentence, line(sentence));
    expect(title).toBe(expected);
    expect(title.length).toBeLessThanOrEqual(100);
  });

  test('a headline on its own line stays whole, however long; a short opening sentence is the title as it is', () => {
    const headline =
      'Glenn Beck Blasts Drudge for Mocking His Fast, Quotes Bible to Encourage Indiana to Turn Away from Boasters Like Trump';
    expect(headlineTitle(headline, `${headline}\n\nThe body.`)).toBe(headline);
    expect(headlineTitle(headline)).toBe(headline);
    expect(headlineTitle('Council approves ferry contract.', line('Council approves ferry contract.'))).toBe(
      'Council approves ferry contract',
    );
  });
});

test('ux33: a paste that is one long sentence and nothing else is cut too (it was listed whole)', () => {
  const paste =
    'Residents of the three harbour streets have until Friday to comment on the council plan to close the old ferry slipway to cars for good.';
  const title = headlineTitle(paste, `  ${paste}\n`);
  expect(title).toBe(
    'Residents of the three harbour streets have until Friday to comment on the council plan to close…',
  );
  expect(title.length).toBeLessThanOrEqual(100);
  // Controls (same on main): a headline line over a body, and a title read with no text, stay whole.
  expect(headlineTitle(paste, `${paste}\n\nThe body.`)).toBe(paste.slice(0, -1));
  expect(headlineTitle(paste)).toBe(paste.slice(0, -1));
});

test('a title cut with no cut point allowed never splits a character or a word it could keep whole', () => {
  const line = (title: string) => `${title} More of the story follows here.`;
  // A run longer than a title, of characters outside the Basic Multilingual Plane: cut between them.
  const emoji = `${'😀'.repeat(80)} is what he posted.`;
  const cut = headlineTitle(emoji, line(emoji));
  expect(cut).toBe(`${'😀'.repeat(49)}…`);
  expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  // A Title Case sentence (a name from end to end): cut between words, not inside one.
  const named =
    'The House Financial Services Committee Heard From Federal Reserve Chairman Alan Greenspan And Treasury Secretary John Snow On Tuesday.';
  const title = headlineTitle(named, line(named));
  expect(title).toBe('The House Financial Services Committee Heard From Federal Reserve Chairman Alan Greenspan And…');
  expect(title.length).toBeLessThanOrEqual(100);
});

test('a one-line paste, in /brief add and at the console, is titled by its first sentence alone, cut short', async () => {
  t = await makeTestApp();
  const sentence =
    'Port Ellis council has postponed the vote on the ferry contract after councillors said they had not been shown the full cost of the deal with Brightwater Marine.';
  const rest =
    ' The council leader, Helen Marsh, said the vote would be held next month. “We are not going to sign a 12-year deal on the strength of a two-page summary,” she said. Opposition members asked how much the contract would cost and were not told. Brightwater Marine declined to comment on the negotiations.';
  const ctx = { channelId: 'discord:C1', userId: 'discord:U1', app: t.app };
  const added = renderConsoleReply(await runBriefCommand(`add ${sentence}${rest}`, ctx));
  const title = 'Port Ellis council has postponed the vote on the ferry contract after councillors said they…';
  expect(added).toContain(`Added: “${title}” (#1)`);
  expect((await t.store.articles.get(1))?.title).toBe(title);
  expect((await runBriefCommand('#1', ctx)).title).toBe(title);
  // The console: a bare /brief add, then the paste on one line.
  const output = new PassThrough();
  let out = '';
  output.on('data', (d) => (out += String(d)));
  const input = new PassThrough();
  const chat = startConsoleChat({ app: t.app, input, output, logger: silentLogger(), interactive: false });
  input.end(['/brief add', `${sentence.replace('Port Ellis', 'Port Morrow')}${rest}`, '.', ''].join('\n'));
  await chat.done;
  expect(out).toContain(`Added: “${title.replace('Port Ellis', 'Port Morrow')}” (#2)`);
});

test('`newsbrief analyze` of a one-line file gives it the title a one-line paste gets, not 200 characters', async () => {
  const sentence =
    'Port Ellis council has postponed the vote on the ferry contract after councillors said they had not been shown the full cost of the deal with Brightwater Marine.';
  const rest =
    ' The council leader, Helen Marsh, said the vote would be held next month. “We are not going to sign a 12-year deal on the strength of a two-page summary,” she said. Opposition members asked how much the contract would cost and were not told. Brightwater Marine declined to comment on the negotiations.';
  const dir = mkdtempSync(join(tmpdir(), 'newsbrief-analyze-'));
  try {
    const file = join(dir, 'one-line.txt');
    writeFileSync(file, `${sentence}${rest}\n`);
    const io = captureIo({ NEWSBRIEF_DB: join(dir, 'newsbrief.db'), NEWSBRIEF_LOG_LEVEL: 'silent' });
    expect(await runCli(['analyze', file], io)).toBe(0);
    expect(io.out().split('\n')[0]).toBe(
      '== Port Ellis council has postponed the vote on the ferry contract after councillors said they… ==',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
