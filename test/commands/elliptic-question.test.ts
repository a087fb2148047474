import { describe, expect, it } from 'vitest';
import { ellipticQuestion } from '../../commands/elliptic-question';

// Final read, session 41: "and why?" after a passive question ("when was the vote postponed?") was refused, since the
// new question word was made to wait on a subject reading that needs the verb as the list writes it ("postpone").
// Invented questions.
describe('a follow-up that leans on the last question', () => {
  it('swaps the question word without reading the subject: a passive or progressive question too', () => {
    expect(ellipticQuestion('and why?', 'when was the vote postponed?')).toEqual({
      question: 'why was the vote postponed?',
    });
    expect(ellipticQuestion('and when?', 'why is the library closing?')).toEqual({
      question: 'when is the library closing?',
    });
  });

  it('finds where the subject ends at a participle for "what about …?"', () => {
    expect(ellipticQuestion('what about the ferry deal?', 'when was the vote postponed?')).toEqual({
      question: 'when was the ferry deal postponed?',
      // The new subject and the verb go with the reading: the article decides whether X does the act.
      about: { subject: 'the ferry deal', verb: 'postponed', last: 'when was the vote postponed?' },
    });
  });

  it('control: a last question with no auxiliary to reuse is still told, not guessed', () => {
    expect(ellipticQuestion('and why?', 'who resigned?')).toEqual({ unread: 'bare', last: 'who resigned?' });
    expect(ellipticQuestion('what about the mayor?', 'who resigned?')).toEqual({
      unread: 'what-about',
      last: 'who resigned?',
    });
  });
});
