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
      subject: 'the mayor',
    });
  });
  // Review s42 B-r42-2: the question word of "what did she say?" stands for say's object; swapping it for "why" left
  // "why did Helen Marsh say?". Invented questions.
  it.each([
    ['and why?', 'what did Helen Marsh say?'],
    ['and when?', 'what will the ferry company do?'],
    ['and why?', 'who did the council hire?'],
    ['and why?', 'how much did the council pay?'],
    ['and how many?', 'when did the council hire staff?'],
  ])('does not swap a question word that stands for an argument: %s after %s', (message, last) => {
    expect(ellipticQuestion(message, last)).toEqual({ unread: 'bare', last });
  });

  it('control: an adjunct question word is still swapped for another', () => {
    // A named subject and its verb go with it (session 45): the answer is held to sentences with her resigning.
    expect(ellipticQuestion('and why?', 'when did Helen Marsh resign?')).toEqual({
      question: 'why did Helen Marsh resign?',
      of: { subject: 'Helen Marsh', verb: 'resign' },
    });
    expect(ellipticQuestion('so how long?', 'where did the mayor work?')).toEqual({
      question: 'how long did the mayor work?',
    });
  });

  // Review s42 B-r42-8: "Reed's" opened the subject as a name, so "what about Marsh?" kept "deputy".
  it('reads a possessive name as opening the subject, to its head', () => {
    expect(ellipticQuestion('what about Marsh?', "when did Reed's deputy resign?")).toEqual({
      question: 'when did Marsh resign?',
      about: { subject: 'Marsh', verb: 'resign', last: "when did Reed's deputy resign?" },
    });
    expect(ellipticQuestion('what about Marsh?', 'when did Tom Reed resign?')).toMatchObject({
      question: 'when did Marsh resign?',
    });
  });

  it('reads "why though?" and "when exactly?" as the bare question word (B-r42-18)', () => {
    expect(ellipticQuestion('why though?', 'when did Helen Marsh resign?')).toEqual({
      question: 'why did Helen Marsh resign?',
      of: { subject: 'Helen Marsh', verb: 'resign' },
    });
    expect(ellipticQuestion('and when, exactly?', 'why did the mayor resign?')).toEqual({
      question: 'when did the mayor resign?',
    });
    // Control: a word after it that is no such particle is a question of its own.
    expect(ellipticQuestion('why Tuesday?', 'when did the mayor resign?')).toBeUndefined();
  });
});
