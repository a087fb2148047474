import { describe, expect, it } from 'vitest';
import { askedVerb } from '../../src/core/asked-verb';

const none = new Set<string>();

describe('askedVerb', () => {
  it('is the verb after "who", past its auxiliaries', () => {
    expect(askedVerb('who rejected the request?', none, true)).toBe('reject');
    expect(askedVerb('who has filmed the video?', none, true)).toBe('film');
  });

  it('is the verb after the subject of a question with do-support or a modal', () => {
    expect(askedVerb('when did the minister resign?', none, false)).toBe('resign');
    expect(askedVerb('what did the press secretary announce about the plan?', none, false)).toBe('announc');
    expect(askedVerb('what did Obama promise the voters?', none, false)).toBe('promis');
    expect(askedVerb('what has the company offered its workers?', none, false)).toBe('offer');
    expect(askedVerb('how many people did the storm kill?', none, false)).toBe('kill');
  });

  it('is none without a subject and verb, or when the verb is a name the question uses', () => {
    expect(askedVerb('what is the plan?', none, false)).toBeUndefined();
    expect(askedVerb('what did Lopez say?', none, false)).toBeUndefined();
    expect(askedVerb('why did Flynn ask?', new Set(['ask']), false)).toBeUndefined();
  });
});
