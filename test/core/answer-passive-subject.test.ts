import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// Audit 49's B-a49-10: "who was charged?" cited the defence solicitor's "contesting the charge" — the noun of the
// asked stem — over the sentence where a named man was charged. A passive who-question asks whom the act was done
// to (answer-passive-subject.ts). Invented copy: a county court report.
const ARRESTED = 'Ronan Tierney, 37, of Mill Lane, was arrested and questioned about the break-in.';
const DENIAL = 'Counsel for the defendant, Aisling Brophy, said her client would deny the arrest was lawful.';
const report = (more = '') =>
  analyzeArticle(`Man held after Kilbeg shop break-in

A man in his 30s was held after a break-in at a shop in Kilbeg.

Staff found the back door forced open on Sunday morning.

${ARRESTED}

${DENIAL}
${more}`);

it('"who was arrested?" cites the named man arrested, not the lawyer disputing the arrest', () => {
  expect(firstCited(report(), 'Who was arrested?')).toBe(ARRESTED);
});

it('control: an active who-question keeps the sentence where someone does the act', () => {
  const ACTIVE = 'Detectives from Navan arrested Tierney at his home on Monday.';
  expect(firstCited(report(`\n${ACTIVE}\n`), 'Who arrested Tierney?')).toBe(ACTIVE);
});

it('control: a question about the noun keeps the sentence holding it', () => {
  expect(firstCited(report(), 'Who will deny the arrest was lawful?')).toBe(DENIAL);
});
