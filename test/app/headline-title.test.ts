import { afterEach, describe, expect, test } from 'vitest';
import { headlineTitle } from '../../src/app/headline-title';
import { runBriefCommand } from '../../src/commands/index';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
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
