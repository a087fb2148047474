import { describe, expect, it } from 'vitest';
import { findOpenQuestions } from '../../src/core/find-open-questions';
import { questionInputOf } from '../support/question-input-of';

const denialOf = (texts: string[]) =>
  findOpenQuestions(questionInputOf(texts)).find((q) => q.kind === 'denied')?.text ?? '';

// Audit 60's B-a60-5: "had reported the problem to the village head" was read as a report, so the denial after it
// asked "Is there evidence that the problem to the village head …", the clause's subject and verb cut away.
describe('a denial pairs only with a sentence that states a claim', () => {
  it('does not take telling a thing to someone as the claim denied', () => {
    const asked = denialOf([
      'Dock workers said they had reported the crack to the harbour master in March but heard nothing for a month.',
      'The port authority rejected the accusation.',
    ]);
    expect(asked).not.toMatch(/evidence that the crack/);
    expect(asked).toBe('What exactly does the port authority deny, and what evidence is there either way?');
  });

  it('does not put a noun phrase "reported" takes as the claim', () => {
    const asked = denialOf([
      'Tenants reported damp walls in the new flats last winter.',
      'The builder rejected the accusation.',
    ]);
    expect(asked).not.toMatch(/evidence that damp walls/);
  });

  it('takes "reported" before a subject pronoun as a report of a claim', () => {
    const asked = denialOf([
      'Local papers reported she had moved the contract to a cousin’s firm.',
      'The mayor rejected the allegations.',
    ]);
    expect(asked).toMatch(/^Is there evidence that .*had moved the contract to a cousin’s firm/);
    const named = denialOf([
      'Local papers reported the mayor had moved the contract to a cousin’s firm.',
      'The mayor rejected the allegations.',
    ]);
    expect(named).toMatch(/^Is there evidence that the mayor had moved the contract/);
  });

  it('still asks for the evidence of a claim "reported that" states (control)', () => {
    const asked = denialOf([
      'The Harbour Gazette reported that the dredging contract had been awarded without a tender.',
      'The port authority rejected the accusation.',
    ]);
    expect(asked).toMatch(/^Is there evidence that the dredging contract had been awarded without a tender/);
  });
});
