import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import type { ModelAnalysis } from '../../src/llm/model-output-schema';
import { verifyAnalysis } from '../../src/llm/verify-analysis';
import { verifyAnswer } from '../../src/llm/verify-answer';
import { readFlynn } from '../core/flynn-sample';
import { goodFlynnResponse, idOf } from './llm-test-kit';

const base = analyzeArticle(readFlynn());
const good = goodFlynnResponse(base);
const nope = idOf(base, 'Nope.');
const testify = idOf(base, 'should go testify');
const concerned = idOf(base, 'is not concerned that Flynn');
const nunes = idOf(base, 'Devin Nunes said');

function withQuote(quote: ModelAnalysis['quotes'][number]): ModelAnalysis {
  return { ...good, quotes: [...good.quotes, quote] };
}

describe('model quotes: the speaker must be the one the article gives', () => {
  it('keeps the article attribution, mapped to the article name', () => {
    const v = verifyAnalysis(good, base);
    expect(v.report.dropped).toBe(0);
    expect(v.analysis.quotes.find((q) => q.text === 'Nope.')?.speaker).toBe('Spicer');
  });

  it('drops a quote whose speaker is swapped with someone else the article names', () => {
    const swapped = {
      ...good,
      quotes: good.quotes.map((q) => (q.text === 'Nope.' ? { ...q, speaker: 'Devin Nunes' } : q)),
    };
    const v = verifyAnalysis(swapped, base);
    expect(v.report.reasons).toEqual({ 'speaker-disagrees': 1 });
    expect(v.analysis.quotes.map((q) => q.text)).not.toContain('Nope.');
  });

  it("drops a reporter's question credited to the person questioned", () => {
    const v = verifyAnalysis(
      withQuote({
        text: 'the White House is concerned that Flynn has damaging information about the president',
        speaker: 'Sean Spicer',
        sentenceId: nope,
        key: true,
      }),
      base,
    );
    expect(v.report.reasons).toEqual({ 'speaker-disagrees': 1 });
    expect(JSON.stringify(v.analysis.quotes)).not.toContain('damaging information');
  });

  it('drops an organisation or a nationality named as the speaker', () => {
    for (const speaker of ['White House', 'Russian']) {
      const v = verifyAnalysis(
        withQuote({ text: 'He thinks that he [Flynn] should go up there', speaker, sentenceId: testify, key: false }),
        base,
      );
      expect(v.report.dropped, speaker).toBe(1);
      expect(
        v.analysis.quotes.every((q) => q.speaker !== speaker),
        speaker,
      ).toBe(true);
    }
  });
});

describe('model summaries: every content word and negation must be in the cited sentences', () => {
  it('drops a summary line that adds an arrest, a charge and treason to sentence 0', () => {
    const v = verifyAnalysis(
      {
        ...good,
        summary: [
          ...good.summary,
          { text: 'Flynn was arrested and charged with treason on Friday.', sentenceIds: [0] },
        ],
      },
      base,
    );
    expect(v.report.reasons).toEqual({ 'unsupported-word': 1 });
    expect(JSON.stringify(v.analysis.summary)).not.toContain('treason');
  });

  it('drops a summary line that drops the article’s “not”, and one that adds a “not”', () => {
    const v = verifyAnalysis(
      {
        ...good,
        summary: [
          ...good.summary.slice(0, 3),
          {
            text: 'The White House is concerned that Flynn has negative information, Spicer said.',
            sentenceIds: [concerned],
          },
          { text: 'Nunes said the committee had evidence of communications.', sentenceIds: [nunes] },
          { text: 'Flynn did not ask for immunity.', sentenceIds: [0] },
        ],
      },
      base,
    );
    expect(v.report.reasons).toEqual({ 'negation-mismatch': 3 });
    expect(v.analysis.summary).toHaveLength(3);
  });

  it('allows inflection and function words', () => {
    const v = verifyAnalysis(
      {
        ...good,
        summary: [
          ...good.summary,
          {
            text: 'Flynn announces his resignation after reports about his talks with Kislyak.',
            sentenceIds: [idOf(base, 'announced his resignation')],
          },
        ],
      },
      base,
    );
    expect(v.report.dropped).toBe(0);
    expect(v.analysis.summary).toHaveLength(5);
  });
});

describe('model answers: the same wording check, else the extractive answer', () => {
  it('rejects "Flynn was arrested on Friday, Spicer said."', () => {
    expect(
      verifyAnswer({ answer: 'Flynn was arrested on Friday, Spicer said.', sentenceIds: [testify] }, base),
    ).toEqual({
      rejected: 'unsupported-word',
    });
  });

  it('rejects an answer that reverses a negation and keeps a faithful one', () => {
    expect(
      verifyAnswer({ answer: 'Yes: the White House is concerned, Spicer said.', sentenceIds: [concerned] }, base),
    ).toEqual({ rejected: 'negation-mismatch' });
    const faithful = 'No: Spicer said the White House is not concerned that Flynn has negative information.';
    expect(verifyAnswer({ answer: faithful, sentenceIds: [concerned] }, base)).toEqual({
      answer: faithful,
      sentenceIds: [concerned],
    });
  });
});
