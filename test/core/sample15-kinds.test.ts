import { describe, expect, it } from 'vitest';
import { questionsOf } from '../support/questions-of';

/**
 * The passage kinds and readings hand-read sample 15 found wrong (docs/hand-read-questions.md, "Classes sample 15
 * shows", engine 32), each in copy written for the test, two sentences of the shape or more.
 */

describe('a concern is no claim to be right about (#16)', () => {
  it.each([
    'Residents have expressed concern that the new road could bring more lorries through the village.',
    'The union expressed concern that the depot could close within a year.',
  ])('shows the passage of %s', (sentence) => {
    const asked = questionsOf('The depot vote is next week.', sentence);
    expect(asked.join(' ')).not.toMatch(/right that/);
    expect(asked.some((q) => q.startsWith('Disputed: “') && q.includes(sentence.slice(0, 20)))).toBe(true);
  });

  it.each([
    'Parents voiced fears that the school could close before the summer.',
    'Two councillors raised serious concerns that the ferry contract might be signed without a vote.',
  ])('asks no "right that" of another voiced worry: %s', (sentence) => {
    expect(questionsOf('The depot vote is next week.', sentence).join(' ')).not.toMatch(/right that/);
  });

  it.each([
    ['Byrne argues that the senator has misled the voters about the depot.', /^Is Byrne right that the senator/],
    ['The union insists that the depot made a profit last year.', /^Is the union right that the depot/],
  ])('still asks whether an argument holds: %s', (sentence, asked) => {
    expect(questionsOf('The depot vote is next week.', sentence).some((q) => asked.test(q))).toBe(true);
  });
});

describe('what a bill would do is its text, not an event to come (#46)', () => {
  it.each([
    "The chairman's bill would prohibit the council from selling any depot, a provision that means the board has to approve any sale before it can go ahead.",
    'The proposal would bar the port from leasing its land, and the assembly has to approve it before the summer.',
  ])('no "Will the bill …?" of %s', (sentence) => {
    const asked = questionsOf('The depot vote is next week.', sentence);
    expect(asked.join(' ')).not.toMatch(/^Will the (?:chairman's bill|proposal)/m);
    expect(asked.some((q) => q.startsWith('Pending: “'))).toBe(true);
  });

  it.each([
    ['The board would approve the sale of the depot next month, the mayor said.', /^Will the board approve the sale/],
    ['The assembly would vote on the port lease in May, the clerk said.', /^Will the assembly vote on the port lease/],
  ])('still asks what a body would do: %s', (sentence, asked) => {
    expect(questionsOf('The depot vote is next week.', sentence).some((q) => asked.test(q))).toBe(true);
  });
});

describe('"according to" credits the clause it closes, not a conceded one (#3)', () => {
  it.each([
    [
      'While the mayor has left office, her budget remains the main issue for the new council, according to Jo Banks, a councillor.',
      /confirm that her budget remains the main issue/,
    ],
    [
      'The depot has been closed for a year, but its land is worth more than the whole port, according to Sam Reed, a surveyor.',
      /confirm that its land is worth more than the whole port/,
    ],
  ])('asks about the credited clause of %s', (sentence, credited) => {
    const asked = questionsOf('The depot vote is next week.', sentence);
    expect(asked.join(' ')).not.toMatch(/confirm that (?:while the mayor|the depot has been closed)/);
    expect(asked.some((q) => credited.test(q))).toBe(true);
  });
});

describe('the gates’ neighbours: a reported attack and a source’s post', () => {
  it.each([
    'The mayor complained that the council had ignored her letter and instead attacked the port’s owners.',
    'Banks said the chairman had misled the board and then criticized the auditors for the delay in the accounts.',
  ])('no "Why did <the sentence’s subject> attack …?" of %s', (sentence) => {
    const asked = questionsOf('The depot vote is next week.', sentence);
    expect(asked.join(' ')).not.toMatch(/^Why (?:did|does) (?:the mayor|Banks)\b/m);
  });

  it('still asks why a subject with a relative clause attacked', () => {
    const asked = questionsOf(
      'The depot vote is next week.',
      'Banks, who had said she would back the sale, criticized the council on two fronts.',
    );
    expect(asked.some((q) => /^Why did Banks criticize the council on two fronts\?$/.test(q))).toBe(true);
  });

  it.each([
    'Ferry fares rose faster than wages last year, according to Jo Banks, director of the Port Survey Centre, which ran the count.',
    'Depot rents doubled in five years, according to Sam Reed, professor of economics at the city university.',
  ])('the source’s post stays with the source: %s', (sentence) => {
    const asked = questionsOf('The depot vote is next week.', sentence);
    expect(asked.some((q) => /^Can anyone besides (?:Jo Banks|Sam Reed) confirm that/.test(q))).toBe(true);
    expect(asked.join(' ')).not.toMatch(/confirm that [^?]*(?:director|professor) of/);
  });
});
