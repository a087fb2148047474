import { afterEach, expect, test } from 'vitest';
import { makeTestApp, type TestApp } from '../support/make-test-app';

let t: TestApp | undefined;
afterEach(() => t?.close());

const PASTE =
  'Council approves ferry contract\n\n' +
  'The council voted on Tuesday to award the ferry contract to Harbour Lines, its leader said. ' +
  '“We have waited long enough,” said Anna Reyes, the council leader. ' +
  'Opposition members asked how much the contract would cost and were not told.';

test('NUL characters in a paste are not stored, and the same paste without them is the same story', async () => {
  t = await makeTestApp();
  // A paste out of a UTF-16 file or a binary viewer: NULs between the characters.
  const withNuls = `\u0000${PASTE.replace(/ferry/g, 'fer\u0000ry')}\u0000`;
  const added = await t.app.addArticle(withNuls, 'slack:U1');
  expect(added.message).toBe('Added: “Council approves ferry contract” (#1)');
  const stored = await t.store.articles.get(1);
  expect(stored?.text).not.toContain('\u0000');
  expect(stored?.text).toContain('award the ferry contract to Harbour Lines');
  expect((await t.app.addArticle(PASTE, 'slack:U1')).message).toBe(
    'Already stored as #1: “Council approves ferry contract”',
  );
});
