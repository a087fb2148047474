import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/core/analysis-types';
import { denial } from '../../src/core/denial-question';
import type { PhraseContext } from '../../src/core/phrase-question';
import { pronounSubject } from '../../src/core/pronoun-subject';
import { cutClause } from '../../src/core/question-clauses';

/**
 * Shapes session 24 fixed of hand-read sample 18 (docs/hand-read-questions.md, "What session 24 fixed"), each in copy
 * written for the test: a question whose claim opens on an unresolved "he"/"his" (#14, #27 class), and the denial
 * template reading "the charges through his lawyer" as what was denied.
 */

function sentencesOf(...texts: string[]): Sentence[] {
  let start = 0;
  return texts.map((text, id) => {
    const sentence = { id, text, start, end: start + text.length, paragraph: 0 };
    start += text.length + 1;
    return sentence;
  });
}

function ask(question: string, texts: string[], speakers = new Map<number, string>()): string | null {
  const sentences = sentencesOf(...texts);
  return pronounSubject(question, { sentences, index: texts.length - 1, speakers, copy: texts.join('\n') });
}

describe('a claim opening on "he"/"his" names the one person it means, or is refused', () => {
  it('names the one person of the pronoun’s gender in the sentence before, as the article writes the name', () => {
    expect(
      ask('Is it true that he opposed the harbour levy?', [
        'Mayor John Reyes spoke to the ferry workers on Monday.',
        'He opposed the harbour levy, his critics say.',
      ]),
    ).toBe('Is it true that John Reyes opposed the harbour levy?');
    // A woman named beside him is no rival for "he"; "his" takes the article's apostrophe.
    expect(
      ask('Will his plan to sell the ferry require a vote?', [
        'John Reyes met Anna Kell at the port.',
        'His plan to sell the ferry would require a vote.',
      ]),
    ).toBe('Will John Reyes’s plan to sell the ferry require a vote?');
  });

  it('names the person earlier in the pronoun’s own sentence, one surname listed twice being one person', () => {
    expect(
      ask('Can a named source confirm that he intended to stay in Leeds until the vote?', [
        'David Okafor leads the count, which starts on Friday.',
        'Mr. Okafor’s aides said he intended to stay in Leeds until the vote.',
      ]),
    ).toBe('Can a named source confirm that David Okafor intended to stay in Leeds until the vote?');
  });

  // Two men in reach; no woman for "she"; a contraction; two first names under one surname are two people.
  it.each([
    ['Is it true that he opposed the harbour levy?', 'John Reyes and David Okafor spoke at the port.', 'He opposed'],
    ['Is it true that she opposed the harbour levy?', 'John Reyes and David Okafor spoke at the port.', 'She opposed'],
    ['Is it true that he’s to blame for the levy?', 'John Reyes spoke at the port.', 'He’s to blame for'],
    [
      'Is it true that he opposed the harbour levy?',
      'Jeb Reyes and George Reyes spoke, Jeb Reyes first.',
      'He opposed',
    ],
  ])('refuses %s when no one person is meant', (question, before, opening) => {
    expect(ask(question, [before, `${opening} the harbour levy, critics say.`])).toBeNull();
  });

  it('leaves alone a question that names someone before the pronoun, or names the person already', () => {
    const texts = [
      'John Reyes spoke at the port.',
      'He was hoping for a seat on the board, and John Reyes declined to say.',
    ];
    expect(ask('Will Kell beat him in the port ballot?', texts)).toBe('Will Kell beat him in the port ballot?');
    const named = 'Is it the case that he was hoping for a seat on the board, and will John Reyes say?';
    expect(ask(named, texts)).toBe(named);
    expect(ask('Is it true that a judge can’t be fair because of his or her origins?', texts)).toBe(
      'Is it true that a judge can’t be fair because of his or her origins?',
    );
  });
});

function context(text: string, pairText?: string): PhraseContext {
  return { text, actor: null, mainActor: null, properWords: new Set(), ...(pairText ? { pairText } : {}) };
}

describe('a claim opening on "they"/"their" with no one named before it is shown as its passage', () => {
  it('refuses "they" the question cannot show the antecedent of, and keeps the vague-source template’s own group', () => {
    const texts = ['The ferry crews met the council on Monday.', 'Some crew members say they were never consulted.'];
    expect(ask('Can a named source confirm that they were never consulted?', texts)).toBeNull();
    const union = [
      'The ferry crews met the council on Monday.',
      'Some crew members say their union was never consulted.',
    ];
    expect(ask('Is it true that their union was never consulted?', union)).toBeNull();
    // Controls: the question's own group ("Which officials say they…"), a group named before the pronoun.
    const which = 'Which officials say they were never consulted, and can they be named?';
    expect(ask(which, ['Officials said they were never consulted.'])).toBe(which);
    const named = 'Are the Harbour Board members right that they were never consulted?';
    expect(ask(named, texts)).toBe(named);
  });
});

describe('the denial template never reads a phrase or the next clause as what was denied', () => {
  it('asks what is denied, not "evidence that charges through his lawyer"', () => {
    expect(denial(context('Mr. Kell denied the charges through his lawyer.'))).toBe(
      'What exactly does Mr. Kell deny, and what evidence is there either way?',
    );
    expect(denial(context('The harbour master denied the charges and counter-sued the trust.'))).toBe(
      'What exactly does the harbour master deny, and what evidence is there either way?',
    );
    // "the people involved" takes "deny".
    expect(denial(context('Denied, the claim that the ferry was sold early was later dropped.'))).not.toMatch(
      /people involved denies/,
    );
  });

  it('keeps a denial whose claim follows the verb, and refuses a relative clause’s "which he"', () => {
    expect(denial(context('Mr. Kell denied that the ferry was sold before the vote.'))).toBe(
      'Is there evidence that the ferry was sold before the vote, which Mr. Kell denies?',
    );
    expect(
      denial(context('He faces claims that he misled the board, which he has denied and which the board dropped.')),
    ).toBeNull();
  });
});

describe('a "--" aside is an aside, and a list of names is no clause boundary', () => {
  it('takes a "--" aside out whole, its commas with it', () => {
    expect(
      cutClause(
        'the trust -- which is best known for its night crossings, though its cafe wins awards -- missed its targets last year',
      ),
    ).toBe('the trust missed its targets last year');
    expect(cutClause('the ferry - in concert with the harbour board - raised its fares')).toBe(
      'the ferry raised its fares',
    );
  });

  it('never cuts a long clause at a comma inside a list of names closed by "and"', () => {
    const clause =
      'cut 277 workers this week as the bakery that makes Crumbs, Oat Rings and Kell Wafers shifts work to a new plant where it has invested $30 million';
    expect(cutClause(clause, 18)).toBe(
      'cut 277 workers this week as the bakery that makes Crumbs, Oat Rings and Kell Wafers shifts work…',
    );
    // Control: a clause boundary that is no list still ends the clause.
    expect(
      cutClause('the trust will cut 40 jobs at the harbour this week and sell the ferry, the board said', 18),
    ).toBe('the trust will cut 40 jobs at the harbour this week and sell the ferry');
  });
});
