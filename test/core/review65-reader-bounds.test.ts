import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { currencyMoney } from '../../src/core/currency-money';
import { questionType } from '../../src/core/question-type';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Review 65 (R65-1, R65-7, R65-8, R65-10): four readers session 62 widened read past their bounds. A body "of" a titled
 * person glued the body onto the title, "the bill's number of signatures" was taken for its designation, a year before a
 * country's adjective read as a sum, and every possessive of "fee", "budget", "price" left the money type. Copy written
 * for the test.
 */
function roleOf(body: string, name: string): string | null | undefined {
  const people = whoIsWho(analyzeArticle(`Fuel levy stays for now\n\n${body}`)).people;
  return people.find((p) => p.name === name)?.role;
}

describe('a body of a titled person (R65-1)', () => {
  it('keeps the person\'s own title, not "Office of Governor"', () => {
    const body =
      'A spokesman for the Office of Governor Ana Tui said on Monday that fees would stay. "We heard the farmers," Tui told reporters. The levy funds road repairs.';
    expect(roleOf(body, 'Ana Tui')).toBe('Governor');
  });

  it('keeps "President", not "Government of President"', () => {
    const body =
      'The Government of President Tom Ruiz has raised fuel taxes twice. "The money will go to clinics," Ruiz told reporters. Drivers queued overnight.';
    expect(roleOf(body, 'Tom Ruiz')).toBe('President');
  });

  it('still keeps a body whose name ends before the post (control)', () => {
    const body =
      'Bank of Lomai Governor Ana Tui said rates would stay at 4 per cent. "Inflation is easing," Tui said. Markets rose.';
    expect(roleOf(body, 'Ana Tui')).toBe('Bank of Lomai Governor');
  });
});

describe("the bill's number of signatures (R65-7)", () => {
  const analysis = analyzeArticle(
    [
      'Petition on school fees reaches parliament',
      'The measure was tabled as National Assembly Bill No. 41 of 2025 on Tuesday.',
      'Parents have gathered signatures in every county, organisers said.',
    ].join('\n\n'),
  );

  it('is a count, not the designation', () => {
    expect(answerQuestion(analysis, "What is the bill's number of signatures?").answer ?? '').not.toContain('No. 41');
  });

  it("still cites the designation for the bill's number (control)", () => {
    expect(answerQuestion(analysis, "What is the bill's number?").answer).toContain('No. 41');
  });
});

describe('a year before a nationality (R65-8)', () => {
  it('is a date, not a sum', () => {
    expect(currencyMoney('In 2019 Turkish liras lost a third of their value.')).toBe(false);
    expect(currencyMoney('Between 1990 and 2000 Mexican pesos fell.')).toBe(false);
  });

  it('leaves a figure of the currency a sum (control)', () => {
    expect(currencyMoney('A kilo of tea sold for 1,019 Turkish liras.')).toBe(true);
    expect(currencyMoney('A kilo of tea sold for 142 Turkish liras.')).toBe(true);
  });
});

describe("the possessive kept out of money is the bill's only (R65-10)", () => {
  it('types the fee, budget and price possessives as money', () => {
    expect(questionType("How much is the fee's total?")).toBe('money');
    expect(questionType("What was the budget's cost?")).toBe('money');
    expect(questionType("What is the price's increase?")).toBe('money');
  });

  it("keeps the bill's number a figure (control)", () => {
    expect(questionType("What is the bill's number?")).toBe('amount');
  });
});
