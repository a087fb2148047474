import { describe, expect, it } from 'vitest';
import type { PhraseContext } from '../../src/core/phrase-question';
import { stripEnd } from '../../src/core/question-clauses';
import { willQuestion } from '../../src/core/will-question';
import { withActor } from '../../src/core/with-actor';
import { questionsOf } from '../support/questions-of';

/**
 * Questions the session-46 re-ranking newly showed broken by construction (fix46f), in copy written for the test: a
 * modal inside a verb's wh-complement taken for the sentence's, a memoir or diary as the one source anyone else
 * could confirm, a comma left inside the closing quotation mark before "?", and "It" read as a person.
 */

const FILLER = [
  'The county withdrew its grant in May, and forty staff lost their jobs at the depot site.',
  'The county board meets again on Tuesday to discuss the grant.',
];

describe('a modal inside an embedded wh-clause is no "Will …?" of the sentence', () => {
  const proper = new Set(['Alvarez']);

  it('"declined to define what such a plan would cover": no subject before "would", so no altered question', () => {
    // Asked, it read "Will Alvarez, however, declined to define what such a plan cover …?": a verb kept, one dropped.
    expect(
      willQuestion('Alvarez, however, declined to define what such a plan would cover or how she meant to pay', proper),
    ).toBeNull();
    expect(willQuestion('Alvarez promised what the plan would cover', proper)).toBeNull();
  });

  it('control: a wh-clause after the modal is what will be done, and still asks', () => {
    expect(willQuestion('Alvarez will define what such a plan would cover', proper)).toBe(
      'Will Alvarez define what such a plan would cover?',
    );
  });
});

describe('"Can anyone besides …" never names a message as the source', () => {
  const line = (source: string) =>
    `The dean later likened the meeting to a “slow drowning,” according to ${source}. The clinic closed in May.`;

  it('a diary carries the words; it is no one who could confirm them', () => {
    const asked = questionsOf(line('Marlow’s diary'), ...FILLER);
    expect(asked.join(' ')).not.toMatch(/anyone besides Marlow’s diary/);
  });

  it('control: a person as the source still asks', () => {
    const asked = questionsOf(line('Marlow’s sister'), ...FILLER);
    expect(asked.some((q) => q.startsWith('Can anyone besides Marlow’s sister confirm that the dean later'))).toBe(
      true,
    );
  });
});

describe('a clause ending inside a quotation keeps its marks, not the comma the sentence went on after', () => {
  it('"…to a “slow drowning,”?" loses the comma', () => {
    expect(stripEnd('the dean likened the meeting to a “slow drowning,”')).toBe(
      'the dean likened the meeting to a “slow drowning”',
    );
    const asked = questionsOf(
      `The dean later likened the meeting to a “slow drowning,” according to Marlow’s sister. ${FILLER[0]}`,
      FILLER[1]!,
    );
    expect(asked.join(' ')).not.toMatch(/,”\?/);
  });

  it("control: a quoted sentence's own stop stays inside its marks", () => {
    expect(stripEnd('the dean answered “no.”')).toBe('the dean answered “no.”');
  });
});

describe('"It" never stands for a person named in full', () => {
  // The actor's kind unknown (no isPerson): only the first name says a person is meant.
  const ctx = (actor: string) => ({ actor }) as unknown as PhraseContext;

  it('"It is expected to show a rise" keeps its pronoun when the actor is Maria Delgado', () => {
    expect(withActor('It is expected to show a rise in orders', ctx('Maria Delgado'))).toBe(
      'It is expected to show a rise in orders',
    );
  });

  it('controls: "She" still stands for her, "It" for a firm', () => {
    expect(withActor('She is expected to show a rise in orders', ctx('Maria Delgado'))).toBe(
      'Maria Delgado is expected to show a rise in orders',
    );
    expect(withActor('It is expected to show a rise in orders', ctx('Harbor Logistics'))).toBe(
      'Harbor Logistics is expected to show a rise in orders',
    );
  });
});

describe('an "unfounded" or "unsubstantiated" cue is no claim of "no evidence"', () => {
  it('the writer\'s "unsubstantiated tale" is shown as its passage, not as Reyes\' claim of no evidence', () => {
    const asked = questionsOf(
      'Councillor Reyes repeated the largely unsubstantiated tale of a depot worker dumping fuel in the river at night.',
      ...FILLER,
    );
    expect(asked.join(' ')).not.toMatch(/claim of no evidence/);
    expect(asked.some((q) => q.includes('unsubstantiated tale of a depot worker'))).toBe(true);
  });

  it('control: a claim that says "no evidence" is still asked about', () => {
    const asked = questionsOf(
      'Councillor Reyes said he had seen no evidence that the depot leaks fuel into the river.',
      ...FILLER,
    );
    expect(asked.some((q) => q.includes('claim of no evidence that the depot leaks fuel'))).toBe(true);
  });
});
