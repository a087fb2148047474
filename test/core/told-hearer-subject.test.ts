import { expect, it } from 'vitest';
import { reportedClause } from '../../src/core/question-clauses';

// Sample 41's left class: "told" with a long hearer and no "that" kept the hearer in the claim ("Can it be confirmed
// that federal investigators in July she was advised …?"). A subject pronoun opens the that-less clause. Invented copy.
it.each([
  [
    'The harbour mayor told federal inspectors in July she was advised by a former engineer to close the pier.',
    'she was advised by a former engineer to close the pier',
  ],
  [
    'The harbour board told the inquiry last week they had never inspected the pier.',
    'they had never inspected the pier',
  ],
])('the hearer ends before a subject pronoun: %s', (sentence, clause) => {
  expect(reportedClause(sentence)).toBe(clause);
});

it('control: a hearer closed by "that" is cut as before', () => {
  expect(
    reportedClause('The harbour mayor told federal inspectors in July that she was advised to close the pier.'),
  ).toBe('she was advised to close the pier');
});

it('control: a relative clause after the hearer is not taken for the hearer', () => {
  expect(reportedClause('The harbour mayor told inspectors who asked whether she knew that no one had written.')).toBe(
    'inspectors who asked whether she knew that no one had written',
  );
});
