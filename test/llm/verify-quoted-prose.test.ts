import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import type { ModelAnalysis } from '../../src/llm/model-output-schema';
import { verifyAnalysis } from '../../src/llm/verify-analysis';
import { verifyAnswer } from '../../src/llm/verify-answer';
import { idOf } from './llm-test-kit';

// Two quotations by two people: the extractive analysis credits the first to Jane Smith, the
// second to Tom Jones.
const paragraphs = (...texts: string[]) => analyzeArticle(texts.join('\n\n'));
const base = paragraphs(
  'Smith denies fraud charges',
  '"I am not guilty of fraud and I will not resign," Smith said on Monday.',
  '"We lost the vote," said Tom Jones, the opposition leader.',
  'Jane Smith has led the council since 2019.',
);
const smith = idOf(base, 'I am not guilty');
const jones = idOf(base, 'We lost the vote');
const council = idOf(base, 'has led the council');

const honest: ModelAnalysis = {
  summary: [
    { text: 'Smith said on Monday she is not guilty of fraud and will not resign.', sentenceIds: [smith] },
    { text: 'Jane Smith has led the council since 2019.', sentenceIds: [council] },
  ],
  quotes: [
    { text: 'I am not guilty of fraud and I will not resign,', speaker: 'Jane Smith', sentenceId: smith, key: true },
    { text: 'We lost the vote,', speaker: 'Tom Jones', sentenceId: jones, key: true },
  ],
  questions: [{ text: 'What fraud is Smith accused of?', kind: 'unknown', sentenceIds: [smith] }],
};

function withQuestion(text: string): ModelAnalysis {
  return { ...honest, questions: [...honest.questions, { text, kind: 'disputed', sentenceIds: [smith] }] };
}

describe('quoted words in model prose must be the article’s quotation', () => {
  it('keeps the honest brief whole', () => {
    const v = verifyAnalysis(honest, base);
    expect(v.report.dropped).toBe(0);
    expect(v.analysis.questions.map((q) => q.text)).toEqual(['What fraud is Smith accused of?']);
  });

  it('drops an open question carrying an invented quotation (review A0)', () => {
    const v = verifyAnalysis(withQuestion('Why did Smith say "I will resign" on Monday?'), base);
    expect(v.report.reasons).toEqual({ 'quote-not-in-article': 1 });
    expect(JSON.stringify(v.analysis)).not.toContain('I will resign');
  });

  it('drops prose that puts the article’s narrative, or a cut-down quotation, in quote marks', () => {
    const v = verifyAnalysis(
      {
        ...withQuestion('Was Smith "guilty of fraud"?'),
        summary: [...honest.summary, { text: 'Smith "has led the council since 2019".', sentenceIds: [council] }],
      },
      base,
    );
    expect(v.report.reasons).toEqual({ 'not-a-quotation': 1, 'partial-quotation': 1 });
  });

  it('keeps a question quoting the article faithfully', () => {
    const v = verifyAnalysis(withQuestion('Why did Smith say "I will not resign" on Monday?'), base);
    expect(v.report.dropped).toBe(0);
  });
});

describe('a quotation in model prose is credited only to the article’s speaker (review A1)', () => {
  it('rejects thread answers that give a quote to the other person', () => {
    for (const answer of ['Tom Jones said "I am not guilty of fraud".', 'Smith said "We lost the vote".']) {
      expect(verifyAnswer({ answer, sentenceIds: [smith, jones] }, base), answer).toEqual({
        rejected: 'speaker-disagrees',
      });
    }
    expect(verifyAnswer({ answer: '"We lost the vote," said Smith.', sentenceIds: [smith, jones] }, base)).toEqual({
      rejected: 'speaker-disagrees',
    });
  });

  it('accepts the same answers with the right speakers', () => {
    for (const answer of [
      'Smith said "I am not guilty of fraud".',
      '"We lost the vote," said Tom Jones.',
      'Smith said "I am not guilty of fraud and I will not resign," and Jones said "We lost the vote."',
    ]) {
      expect(verifyAnswer({ answer, sentenceIds: [smith, jones] }, base), answer).toEqual({
        answer,
        sentenceIds: [smith, jones],
      });
    }
  });

  it('drops a summary line that gives a quote to the other person', () => {
    const v = verifyAnalysis(
      {
        ...honest,
        summary: [
          ...honest.summary,
          { text: 'Tom Jones, the opposition leader, said "I am not guilty of fraud".', sentenceIds: [smith, jones] },
        ],
      },
      base,
    );
    expect(v.report.reasons).toEqual({ 'speaker-disagrees': 1 });
  });
});

describe('a brief’s model quote is one whole quotation, or a part that keeps its negation (review A2)', () => {
  const quote = (text: string, speaker = 'Jane Smith', sentenceId = smith) => ({
    ...honest,
    quotes: [...honest.quotes, { text, speaker, sentenceId, key: false }],
  });

  it('drops "guilty of fraud" cut out of "I am not guilty of fraud"', () => {
    const v = verifyAnalysis(quote('guilty of fraud'), base);
    expect(v.report.reasons).toEqual({ 'partial-quotation': 1 });
    expect(v.analysis.quotes.map((q) => q.text)).not.toContain('guilty of fraud');
  });

  it('drops a quote running past the closing mark', () => {
    const v = verifyAnalysis(
      quote('We lost the vote," said Tom Jones, the opposition leader', 'Tom Jones', jones),
      base,
    );
    expect(v.report.reasons).toEqual({ 'not-a-quotation': 1 });
  });

  it('keeps a part that starts after the negated clause or carries its own "not"', () => {
    for (const text of ['I will not resign', 'not guilty of fraud']) {
      const v = verifyAnalysis(quote(text), base);
      expect(v.report.dropped, text).toBe(0);
      expect(v.analysis.quotes.map((q) => q.text)).toContain(text);
    }
  });
});

describe('open questions when none of the model’s survive (review A2c)', () => {
  it('keeps the extractive questions and says so', () => {
    const v = verifyAnalysis(
      {
        ...honest,
        questions: [{ text: 'Why did Smith say "I will resign"?', kind: 'disputed', sentenceIds: [smith] }],
      },
      base,
    );
    expect(v.analysis.questions).toEqual(base.questions);
    expect(base.questions.length).toBeGreaterThan(0);
    expect(v.questionsFromBase).toBe(true);
    expect(verifyAnalysis(honest, base).questionsFromBase).toBe(false);
  });
});

describe('speaker names as articles print them', () => {
  const other = paragraphs(
    'Mayor and governor speak',
    '\u201CIt was a mistake,\u201D said Martin O\u2019Malley, the former governor.',
    '"We will rebuild," Bill de Blasio said.',
  );
  const omalley = idOf(other, 'It was a mistake');
  const blasio = idOf(other, 'We will rebuild');

  it('keeps a quote credited to O’Malley as the article spells him', () => {
    const v = verifyAnalysis(
      {
        summary: [
          { text: 'O\u2019Malley, the former governor, said it was a mistake.', sentenceIds: [omalley] },
          { text: 'De Blasio said they will rebuild.', sentenceIds: [blasio] },
        ],
        quotes: [{ text: 'It was a mistake,', speaker: 'Martin O\u2019Malley', sentenceId: omalley, key: true }],
        questions: [],
      },
      other,
    );
    expect(v.report.dropped).toBe(0);
  });

  it('reads "Bill de Blasio said" as one name and O’Malley in either apostrophe', () => {
    const ids = [omalley, blasio];
    for (const answer of ['Bill de Blasio said "We will rebuild."', 'O\u2019Malley said "It was a mistake."']) {
      expect(verifyAnswer({ answer, sentenceIds: ids }, other), answer).toEqual({ answer, sentenceIds: ids });
    }
    expect(verifyAnswer({ answer: 'Martin O\u2019Malley said "We will rebuild."', sentenceIds: ids }, other)).toEqual({
      rejected: 'speaker-disagrees',
    });
  });
});
