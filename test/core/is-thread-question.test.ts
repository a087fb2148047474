import { describe, expect, it } from 'vitest';
import { isThreadQuestion } from '../../src/core/is-thread-question';

describe('isThreadQuestion', () => {
  it('answers questions: a question mark, a question word or an auxiliary first', () => {
    for (const text of ['who is his lawyer?', 'When does the vote happen', 'did the trust consult anyone', 'cost?']) {
      expect(isThreadQuestion(text), text).toBe(true);
    }
  });

  it('leaves chat between colleagues alone', () => {
    for (const text of [
      'thanks!',
      'hello',
      'clear',
      'worth a call tomorrow',
      'cc @sam on this',
      '/breif flynn',
      '  ',
    ]) {
      expect(isThreadQuestion(text), text).toBe(false);
    }
  });

  it('answers anything addressed to the bot, but never a mistyped command', () => {
    expect(isThreadQuestion('the lawyer', { addressedToBot: true })).toBe(true);
    expect(isThreadQuestion('/breif flynn', { addressedToBot: true })).toBe(false);
  });
});
