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

  it('is the verb a yes/no question asks about: bare after "did" or a modal, a participle after "has" or "was"', () => {
    expect(askedVerb("Did the Senate Intel Committee reject Flynn's request?", none, false)).toBe('reject');
    expect(askedVerb('did Bill Clinton ever actually meet Wallace?', none, false)).toBe('meet');
    expect(askedVerb('would Clinton sign the lawsuit bill?', none, false)).toBe('sign');
    expect(askedVerb('has Sarandon given money to the campaign?', none, false)).toBe('given');
    expect(askedVerb('has anyone been arrested over the letter?', none, false)).toBe('arrest');
    expect(askedVerb('is Rick Scott endorsing Trump?', none, false)).toBe('endors');
    // A phrasal verb is read as the single verb the question's terms fold it to.
    expect(askedVerb("did the committee turn down Flynn's request?", none, false)).toBe('reject');
  });

  it('is none for a yes/no question that asks about no act, or only whether something was said', () => {
    expect(askedVerb('is the vote on Tuesday?', none, false)).toBeUndefined();
    expect(askedVerb('is Kelner still his lawyer?', none, false)).toBeUndefined();
    expect(askedVerb('did the campaign say anything about the poll?', none, false)).toBeUndefined();
    expect(askedVerb('has Trump said anything about Zika?', none, false)).toBeUndefined();
  });

  it('is none without a subject and verb, or when the verb is a name the question uses', () => {
    expect(askedVerb('what is the plan?', none, false)).toBeUndefined();
    expect(askedVerb('what did Lopez say?', none, false)).toBeUndefined();
    expect(askedVerb('why did Flynn ask?', new Set(['ask']), false)).toBeUndefined();
  });
});
