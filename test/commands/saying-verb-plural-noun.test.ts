import { expect, test } from 'vitest';
import { groupSpeaks } from '../../commands/group-speaks';
import { sayingVerb } from '../../commands/saying-verb';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 46 (review s46 B-r46-16): a reporting verb's "-s" form was read as a verb even where it is the noun's
// plural, so "The cleaners' claims were turned down" had the cleaners speaking. Invented copy about a depot.
const speaks = (sentence: string) =>
  groupSpeaks(analyzeArticle(`Depot pay row\n\nThe depot opened in 2009.\n\n${sentence}\n`), 'the cleaners');

test('a plural noun of saying after a group is no verb: the group says nothing', () => {
  expect(speaks("The cleaners' claims were turned down by the depot's managers on Monday.")).toBe(false);
  expect(speaks("The cleaners' remarks were left out of the depot's report.")).toBe(false);
});

test('control: a verb of saying after the group still has it speaking', () => {
  expect(speaks('The cleaners warned that the depot would stop on Monday.')).toBe(true);
  expect(speaks('The cleaners claimed that the depot owed them a month of pay.')).toBe(true);
});

test('"-s" forms: nouns of saying are not verbs, verbs mostly read as verbs are', () => {
  expect(['claims', 'notes', 'reports', 'comments', 'states'].filter(sayingVerb)).toEqual([]);
  expect(['says', 'warns', 'adds', 'insists'].every(sayingVerb)).toBe(true);
});
