import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { argumentKind } from '../../src/core/argument-kind';

/**
 * kind45 (issue 13): an accusation with no answer in reach is one side's charge, a claim to check (unverified);
 * with a contrary, an exchange or another party answering it stays a dispute. Copy written for the test.
 */
const charge = (text: string, next = '') => argumentKind('disputed', 'accusation', text, next);

describe('a lone charge is shown as unverified', () => {
  it.each([
    ['The ferry union accused the harbour board of hiding the repair bills.', 'The board meets again in March.'],
    ['Although she was never charged, she has accused the mayor of leaking the report.', ''],
    ['The councillor accused the trust of selling the land while he was its chair.', ''],
    [
      'The campaign accused its rival of faking the petition.',
      '“They cannot count to ten without cheating,” she said.',
    ],
    ['Harbour staff said the dredger was late and also accused the contractor of cutting corners.', ''],
  ])('%s | %s', (text, next) => {
    expect(charge(text, next)).toBe('unverified');
  });

  it('the whole engine labels its item so (the accusation template keeps its words)', () => {
    const article = [
      'Harbour row deepens',
      '',
      'The ferry union accused the harbour board of hiding the repair bills from its members.',
      '',
      'The board meets again in March.',
    ].join('\n');
    const asked = analyzeArticle(article).questions.filter((q) => /accus/i.test(q.text));
    expect(asked.length).toBeGreaterThan(0);
    for (const q of asked) expect(q.kind).toBe('unverified');
  });
});

describe('controls: a charge with its answer in reach stays disputed', () => {
  it.each([
    ['The ferry union accused the harbour board of hiding the repair bills, which the board denied.', ''],
    ['The union accused the board of hiding the bills, though its accounts show every invoice.', ''],
    ['When the union accused the board of hiding the bills, she said the claim was absurd.', ''],
    ['The chairman resigned after the union accused him of hiding the bills.', ''],
    ['The board said the bills were published and the Ferry Union accused it of lying.', ''],
    ['The union accused the board of hiding the bills.', 'The board rejected the claim on Monday.'],
    ['The union accused the board of hiding the bills.', 'A board spokesman said every bill was on its website.'],
    ['The two crews accused each other of cutting the nets.', ''],
    ['The book accuses the skipper of ignoring the storm warnings.', 'He said that is a distortion.'],
  ])('%s | %s', (text, next) => {
    expect(charge(text, next)).toBe('disputed');
  });
  it('reads hostile copy through: thousands of repeated sayings and contrasts before a charge', () => {
    const long = `${'The clerk said the bills, while late, were filed and '.repeat(2000)}the board accused it of lying.`;
    expect(charge(long)).toBe('disputed');
    expect(charge(`${'The union accused the board of hiding the bills '.repeat(2000)}.`)).toBe('unverified');
  });
  it('other kinds and shapes are left alone', () => {
    expect(argumentKind('unverified', 'accusation', 'The union accused the board of hiding the bills.', '')).toBe(
      'unverified',
    );
    expect(argumentKind('disputed', 'doubt', 'Critics questioned whether the bills were hidden.', '')).toBe('disputed');
  });
});

describe('an argument the same source goes on with, in a quote tagged by a pronoun, is not answered', () => {
  it('is shown as unverified', () => {
    const argued = 'The harbour master argued that the quay must close for the winter.';
    expect(argumentKind('disputed', 'contested', argued, '“The piles are rotten,” she said.')).toBe('unverified');
  });
  it('control: another party quoted next still answers it', () => {
    const argued = 'The harbour master argued that the quay must close for the winter.';
    expect(argumentKind('disputed', 'contested', argued, '“The piles are sound,” the engineer said.')).toBe('disputed');
  });
});
