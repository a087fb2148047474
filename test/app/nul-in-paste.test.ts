import { afterEach, expect, test } from 'vitest';
import { withoutNul } from '../../src/store/without-nul';
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

test('NUL is removed from every text field of an article, not only its title and text', () => {
  const clean = withoutNul({
    source: 'https://news.example.test/a\u0000',
    url: 'https://news.example.test/a\u0000',
    title: 'T\u0000itle',
    text: 'Te\u0000xt',
    byline: 'By Anna\u0000 Reyes',
    publishedAt: '2026-01-02\u0000',
  });
  expect(Object.values(clean).join('')).not.toContain('\u0000');
  expect(clean.byline).toBe('By Anna Reyes');
  expect(withoutNul({ source: 'paste', title: 'T', text: 'x', url: null }).url).toBeNull();
});
