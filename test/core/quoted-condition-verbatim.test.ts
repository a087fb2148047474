import { describe, expect, it } from 'vitest';
import { conditionalPresent } from '../../src/core/conditional-present';
import { quotedInPhrase } from '../../src/core/quoted-in-phrase';
import { willQuestion } from '../../src/core/will-question';

/** Issue 13: a "Will …?" question never re-inflects a word the speaker said inside quote marks. */
describe('a quoted condition is kept verbatim', () => {
  it('keeps a quoted past in the question', () => {
    expect(willQuestion('the council would vote "once the auditors signed off" on the new budget', new Set())).toBe(
      'Will the council vote "once the auditors signed off" on the new budget?',
    );
  });
  it('keeps a quoted "had" in the question', () => {
    expect(willQuestion('the port would reopen “once the surveyors had cleared” the channel', new Set())).toBe(
      'Will the port reopen “once the surveyors had cleared” the channel?',
    );
  });
  it('still restores the condition outside the marks (control)', () => {
    expect(willQuestion('the council would vote "soon" once the auditors signed off', new Set())).toBe(
      'Will the council vote "soon" once the auditors sign off?',
    );
  });
  it('leaves a present perfect after "have" as written', () => {
    expect(conditionalPresent('decide once the pilots have landed')).toBe('decide once the pilots have landed');
  });
  it('reads a quotation the cut left open as quoted', () => {
    expect(quotedInPhrase('wait "until the tide turned', 6)).toBe(true);
    expect(quotedInPhrase('wait until the tide turned', 5)).toBe(false);
  });
});
