import { describe, expect, it } from 'vitest';
import { parseUnknownScope } from '../../src/core/parse-unknown-scope';
import type { AnswerType } from '../../src/core/question-type';
import { contentTerms } from '../../src/core/tokenize-words';
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

  // Session 60 (audit 60's B-a60-22): a pseudo-cleft's copula, or the pronoun told, may stand before the wh-clause,
  // and a phrasal verb in it is read as the question's is ("gave up" as "quit").
  it("reads the wh-clause after a pseudo-cleft's copula, or after the one told, with its phrasal verbs folded", () => {
    const cleft = 'What the register cannot tell us is how many tenants gave up their allotments last year.';
    const asked = contentTerms('tenants quit allotments');
    expect(readUnknown(cleft, 'count', q(asked, new Set())).inside).toEqual(asked);
    const told = 'The warden would not tell them when the gates would reopen.';
    expect(readUnknown(told, 'time', q(['gate', 'reopen'], new Set())).inside).toEqual(['gate', 'reopen']);
  });

  it('after a verb of knowing the pronoun is what is known, and its "when" withholds nothing (control)', () => {
    const text = 'The warden did not know her when she lived by the gates.';
    expect(readUnknown(text, 'time', q(['live', 'gate'], new Set())).inside).toEqual([]);
  });

  it('reads thousands of markers in one long sentence', () => {
    const text = `${'It is not known whether the pool will be kept and '.repeat(2000)}done.`;
    expect(readUnknown(text, 'yesno', q(['pool'], new Set())).inside).toEqual(['pool']);
  });
});
