import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/core/analysis-types';
import { reportingVerbClause, verbShaped } from '../../src/core/reporting-verb-clause';
import { REPORTING_VERBS } from '../../src/core/speech-verbs';

const sentence = (text: string): Sentence => ({ id: 0, text, start: 0, end: text.length, paragraph: 0 });

describe('verbShaped (the shape check before the reporting-verb lookup)', () => {
  it('lets every reporting verb through, alone or inside a longer text', () => {
    for (const verb of REPORTING_VERBS) {
      expect(verbShaped(verb, 0, verb.length), verb).toBe(true);
      const text = `The minister ${verb} that`;
      expect(verbShaped(text, 13, 13 + verb.length), verb).toBe(true);
    }
  });

  it('rules out words whose letters or length no reporting verb has', () => {
    for (const word of ['the', 'minister', 'government', 'Said', 'said2', 'x'])
      expect(verbShaped(word, 0, word.length), word).toBe(false);
  });

  it('still finds the speaker and clause of reported speech', () => {
    const text = 'The minister said the plan would go ahead, and critics warned that costs would rise.';
    const found = reportingVerbClause(sentence(text), text);
    expect(found?.subject).toMatchObject({ text: 'The minister' });
    expect(text.slice(found!.clauseStart)).toBe('the plan would go ahead, and critics warned that costs would rise.');
  });
});
