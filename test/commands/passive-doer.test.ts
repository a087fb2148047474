import { expect, test } from 'vitest';
import { actDoer } from '../../commands/act-doer';
import { doesTheActIn } from '../../commands/does-the-act';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 45 (review s45 B-r45-4): a passive subject ("The pier lease was signed … by Mia Ortiz") was read as the
// doer, so "and where?" after "who signed the lease?" became "where did the pier lease sign the lease?". Invented copy.
const doer = (sentence: string) => {
  const analysis = analyzeArticle(`Pier lease\n\nThe harbour board met on Friday.\n\n${sentence}\n`);
  const cited = analysis.sentences.filter((s) => s.text.includes('lease')).map((s) => s.text);
  return actDoer(analysis, cited, 'sign');
};

test('a passive subject is never the doer; the agent of its "by" is', () => {
  expect(doer('The pier lease was signed on Friday in the harbour office by Mia Ortiz, the board secretary.')).toBe(
    'Mia Ortiz',
  );
});

test('a passive with no agent names no doer', () => {
  expect(doer('The pier lease was signed on Friday in the harbour office.')).toBeUndefined();
});

test('control: an active subject still does the act', () => {
  expect(doer('Mia Ortiz, the board secretary, signed the pier lease on Friday in the harbour office.')).toBe(
    'Mia Ortiz',
  );
});

test('the agent of a passive\'s "by" does the act in its sentence; the passive subject does not', () => {
  const text = 'The pier lease was signed on Friday in the harbour office by Mia Ortiz, the board secretary.';
  expect(doesTheActIn(text, 'Mia Ortiz', 'sign')).toBe(true);
  expect(doesTheActIn(text, 'the harbour office', 'sign')).toBe(false);
});

// Session 46 (review s46 B-r46-2): a passive who-question ("who was detained?") asks after the passive's subject.
const detained = (sentence: string) => {
  const analysis = analyzeArticle(`Quay arrest\n\nThe harbour board met on Friday.\n\n${sentence}\n`);
  const cited = analysis.sentences.filter((s) => s.text.includes('detained')).map((s) => s.text);
  return actDoer(analysis, cited, 'detained', 'passive');
};

test('a passive who-question is asked of the passive subject, not the agent of its "by"', () => {
  expect(detained('Mia Ortiz was detained on Friday at the quay by the harbour police.')).toBe('Mia Ortiz');
});

test('control: a passive who-question is never asked of an active subject', () => {
  expect(detained('The harbour police detained Mia Ortiz on Friday at the quay.')).toBeUndefined();
});
