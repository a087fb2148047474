import { expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findCues } from '../../src/core/question-cues';

// Issue 13 (audit 50, B-a50-14): a claim resting on a source unnamed by design — "people familiar with …", "sources
// close to …", a source granted anonymity — raised no "unverified" question when no noun of the vague-source family
// stood before its verb. Invented copy.
const unverified = (body: string) =>
  analyzeArticle(`Depot sale\n\nThe council owns a bus depot on Mill Road.\n\n${body}\n`)
    .questions.filter((q) => q.kind === 'unverified')
    .map((q) => q.text)
    .join(' ');

it('asks about a claim told by "people familiar with the talks"', () => {
  expect(
    unverified('The council will sell the depot to a housing trust, people familiar with the talks said.'),
  ).toMatch(/housing trust/);
});

it('asks which sources close to her campaign say it, and whether they can be named', () => {
  expect(unverified('Sources close to her campaign say the depot will be sold to a housing trust.')).toContain(
    'Which sources say the depot will be sold to a housing trust, and can they be named?',
  );
});

it('asks about a claim told on condition of anonymity', () => {
  expect(
    unverified('The depot has lost money for a decade, a council engineer said on condition of anonymity.'),
  ).toMatch(/lost money/);
});

it('control: "officials said" is asked about as before', () => {
  expect(unverified('The council will sell the depot to a housing trust, officials said.')).toMatch(/housing trust/);
});

it('control: "sources close to the minister said" is asked about as before', () => {
  expect(unverified('Sources close to the minister said the depot will be sold to a housing trust.')).toMatch(
    /housing trust/,
  );
});

it('shows the passage, no question, when the claim rests on a pronoun', () => {
  expect(
    unverified('He sold the depot to a housing trust, a council engineer said on condition of anonymity.'),
  ).toMatch(/^Unverified: “He sold/);
});

it('shows the passage when the formula is an aside of the subject, the claim after the tag', () => {
  expect(
    unverified(
      'The depot manager, a driver who spoke on condition of anonymity, said the depot will be sold to a housing trust.',
    ),
  ).toMatch(/^Unverified: “The depot manager/);
});

it('control: a sentence explaining the sourcing, with no saying reported, raises nothing', () => {
  expect(unverified('Two drivers spoke only on condition of anonymity because they feared for their jobs.')).toBe('');
});

it('control: an anonymous source’s direct quote is colour, not a claim to chase', () => {
  expect(
    unverified('"The depot has lost money for a decade," a council engineer said on condition of anonymity.'),
  ).toBe('');
});

it('control (a guard, passes on base too): ends on thousands of formulas after a quote mark, with no speech verb', () => {
  const long = `"Quiet" ${'spoke on condition of anonymity to people close to him '.repeat(3000)}at the end.`;
  expect(findCues(long).map((c) => c.shape)).not.toContain('vague-source');
});
