import { describe, expect, it } from 'vitest';
import { parseUnknownScope } from '../../src/core/parse-unknown-scope';
import type { AnswerType } from '../../src/core/question-type';
import { type Question, readUnknown as readParsed } from '../../src/core/unknown-scope';

/** The sentence parsed once, as the answer path does, then read against the question. */
const readUnknown = (text: string, type: AnswerType, question: Question) =>
  readParsed(parseUnknownScope(text), type, question);

/** A question of these terms, its words the terms themselves. */
const q = (terms: string[], names: Set<string>) => ({ terms, names, words: new Set(terms) });

describe('readUnknown', () => {
  it('reads the wh-clause after the marker as its scope', () => {
    const text = 'The regulator has not said when it will finish its review.';
    expect(readUnknown(text, 'time', q(['finish'], new Set()))).toEqual({
      unscoped: false,
      bare: false,
      inside: ['finish'],
      object: [],
      noun: false,
    });
    expect(readUnknown(text, 'other', q(['finish'], new Set())).inside).toEqual([]);
    expect(readUnknown(text, 'time', q(['hire'], new Set())).inside).toEqual([]);
  });

  it('an elided clause ("…has not said when.") takes the sentence as its scope; a bare refusal names none', () => {
    expect(readUnknown('The board is hiring but has not said when.', 'time', q(['hire'], new Set())).inside).toEqual([
      'hire',
    ]);
    expect(readUnknown('The board declined to comment on Monday.', 'time', q(['hire'], new Set()))).toEqual({
      unscoped: true,
      bare: true,
      inside: [],
      object: [],
      noun: false,
    });
  });

  it('a marker\'s object, or a passive marker\'s subject, is a "what" scope', () => {
    const disclosed = readUnknown('The club did not disclose the fee it paid.', 'money', q(['fee'], new Set()));
    expect(disclosed).toEqual({ unscoped: true, bare: false, inside: [], object: ['fee'], noun: false });
    expect(readUnknown('The cause of the blaze is not known.', 'other', q(['blaze'], new Set())).object).toEqual([
      'blaze',
    ]);
    expect(readUnknown('The cause of the blaze is not known.', 'yesno', q(['blaze'], new Set())).object).toEqual([]);
  });

  it('names alone do not put a question inside a scope', () => {
    const text = 'Ms Lane did not say when Lane would return.';
    expect(readUnknown(text, 'time', q(['lane'], new Set(['lane']))).inside).toEqual([]);
  });

  it('reads thousands of markers in one long sentence', () => {
    const text = `${'It is not known whether the pool will be kept and '.repeat(2000)}done.`;
    expect(readUnknown(text, 'yesno', q(['pool'], new Set())).inside).toEqual(['pool']);
  });
});
