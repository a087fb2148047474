import { expect, it } from 'vitest';
import { passageSpeaker } from '../../src/core/passage-speaker';

const names = new Set(['Whitlock', 'Dana', 'Harbor']);

it('credits nobody when the sentence opens on its own described source that is not the speaker (issue 13)', () => {
  // The engine carried the speaker of the sentence before onto a sentence that names its own source.
  const auditors = 'The auditors reported that the harbor holds $40 million offshore and would owe $9 million in fees.';
  expect(passageSpeaker(auditors, 'Dana Whitlock', undefined, names)).toBeNull();
  const filing = 'The complaint accuses the harbor board of "hiding the fees from every tenant on the pier."';
  const quote = {
    text: 'hiding the fees from every tenant on the pier.',
    speaker: 'Dana Whitlock',
    sentenceId: 3,
    key: false,
  };
  expect(passageSpeaker(filing, 'Dana Whitlock', quote, names)).toBeNull();
});

it('keeps the speaker when the opening source names them, or the sentence opens on no source (controls)', () => {
  const named = 'The commissioner, Dana Whitlock, said the harbor holds $40 million offshore.';
  expect(passageSpeaker(named, 'Dana Whitlock', undefined, names)).toBe('Dana Whitlock');
  const titled = 'The harbor commissioner Whitlock said the fees would be cut by March.';
  expect(passageSpeaker(titled, 'Dana Whitlock', undefined, names)).toBe('Dana Whitlock');
  const noSource = 'The harbor holds $40 million offshore and would owe $9 million in fees, Whitlock said.';
  expect(passageSpeaker(noSource, 'Dana Whitlock', undefined, names)).toBe('Dana Whitlock');
  // A tag after the clause is no opening source: the verb must follow the opening phrase directly.
  const tagged = 'The harbor owes $9 million in fees, she said.';
  expect(passageSpeaker(tagged, 'Dana Whitlock', undefined, names)).toBe('Dana Whitlock');
});
