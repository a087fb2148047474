import { describe, expect, it } from 'vitest';
import { affirmativeQuestion } from '../../src/core/affirmative-question';

describe('affirmativeQuestion', () => {
  it('puts a negated opening auxiliary in its plain form, keeping the rest of the question', () => {
    expect(affirmativeQuestion("Didn't the committee reject the request?")).toBe(
      'Did the committee reject the request?',
    );
    expect(affirmativeQuestion("isn't it true that Trump lost the vote?")).toBe('is it true that Trump lost the vote?');
    expect(affirmativeQuestion('Hasn’t anyone been arrested?')).toBe('Has anyone been arrested?');
    expect(affirmativeQuestion("so wasn't Clinton at the rally?")).toBe('so was Clinton at the rally?');
  });

  it('reads the irregular forms: won’t, can’t', () => {
    expect(affirmativeQuestion("Won't the mayor run again?")).toBe('Will the mayor run again?');
    expect(affirmativeQuestion("can't the airport take the 757?")).toBe('can the airport take the 757?');
  });

  it('leaves a negation inside the question, and a question without one, as they are', () => {
    expect(affirmativeQuestion("why didn't Schultz bring up Russia?")).toBe("why didn't Schultz bring up Russia?");
    expect(affirmativeQuestion("how many voters don't know Sanders?")).toBe("how many voters don't know Sanders?");
    expect(affirmativeQuestion('did the council close the library?')).toBe('did the council close the library?');
  });
});
