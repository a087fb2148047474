import { expect, test } from 'vitest';
import { doesTheAct } from '../../commands/does-the-act';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 44 (review s44 B-r44-7): the act check read any clause ending on the name between commas as the subject's
// apposition, so "Ada Lind, not Tom Brack, signed the order" had Brack signing; and a comma inside a real apposition
// ("the head of the Kelso, Harwick and Dunmore depots") was more than its one aside. Invented copy.
const has = (sentence: string, who: string) =>
  doesTheAct(
    analyzeArticle(`Depot row\n\nThe depot board met on Monday to discuss the closure.\n\n${sentence}\n`),
    who,
    'sign',
  );

test('a contrastive "not X" or "rather than X" aside does not do the act', () => {
  expect(has('Ada Lind, not Tom Brack, signed the closure order.', 'Brack')).toBe(false);
  expect(has('Ada Lind, rather than Tom Brack, signed the closure order.', 'Brack')).toBe(false);
});

test('control: the subject before the contrastive aside does the act', () => {
  expect(has('Ada Lind, not Tom Brack, signed the closure order.', 'Lind')).toBe(true);
});

test('an apposition with a comma inside its list of names still has the subject doing the act', () => {
  expect(has('Tom Brack, the head of the Kelso, Harwick and Dunmore depots, signed the closure order.', 'Brack')).toBe(
    true,
  );
});

test('control: an apposition with no act after it does not do the act', () => {
  expect(has('Tom Brack, the head of the Kelso, Harwick and Dunmore depots, said the order was wrong.', 'Brack')).toBe(
    false,
  );
});
