import { describe, expect, it } from 'vitest';
import type { Entity, Sentence } from '../../src/core/analysis-types';
import { cuelessPending } from '../../src/core/cueless-pending';
import { KIND_GATES } from '../../src/core/kind-gates';
import { previousPerson } from '../../src/core/previous-person';
import { findCues } from '../../src/core/question-cues';
import { refusal } from '../../src/core/refusal-question';
import { unfitSayer } from '../../src/core/unfit-sayer';

// Audit 61's B-a61-15 (session 60, fix60e): the shapes, in invented copy.

const ask = (text: string, actor: string | null = null): string | null =>
  refusal({ text, actor, mainActor: null, properWords: new Set(['Ines', 'Varga']) });

describe('a pending word in the topic of a refused comment', () => {
  const refused = 'A spokesman for the agency said it "does not comment on pending lawsuits."';

  it('opens no pending event, cued or not', () => {
    expect(findCues(refused, '', KIND_GATES).some((c) => c.kind === 'pending')).toBe(false);
    expect(cuelessPending(refused)).toBe('unknown');
    expect(cuelessPending('The agency declined to comment on the ongoing court case.')).toBe('unknown');
  });

  it('keeps a pending event told beside the refusal', () => {
    expect(cuelessPending('The agency would not comment, and the appeal is pending before the court.')).toBe('pending');
    expect(findCues('The lawsuit is pending before the federal court.', '', KIND_GATES).map((c) => c.kind)).toContain(
      'pending',
    );
  });
});

describe('the refusal question', () => {
  it('asks a reported "would" ahead as "will"', () => {
    expect(ask('He did not say when the trust would next review the fees.', 'Ines Varga')).toBe(
      'Will Ines Varga say when the trust will next review the fees?',
    );
  });

  it('takes the second clause\'s subject after its coordinator, never "will and … say"', () => {
    const q = ask('It is not known who signed the order, and the trust has not said whether the fees have risen.');
    expect(q).toBe('Is it the case that the fees have risen, and will the trust say?');
    expect(unfitSayer('and the trust')).toBe(true);
    expect(unfitSayer('the trust')).toBe(false);
  });
});

describe('a "She" after a quote told to someone', () => {
  it('is the one who told it, not whom it was told to', () => {
    const sentences = ['"We are ready," Varga told Harbour Weekly in an interview.', 'She declined to say how much.'];
    const people = [
      { name: 'Ines Varga', type: 'person' },
      { name: 'Varga', type: 'person' },
      { name: 'Harbour Weekly', type: 'person' },
    ] as Entity[];
    const at = sentences.map((text, id) => ({ id, text }) as Sentence);
    expect(previousPerson(at, 1, people, new Map())).toBe('Ines Varga');
    // Two people the sentence before names as subjects: no guess.
    at[0] = { id: 0, text: 'Varga met Harbour Weekly in an interview.' } as Sentence;
    expect(previousPerson(at, 1, people, new Map())).toBeNull();
  });
});
