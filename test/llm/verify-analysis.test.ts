import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import type { ModelAnalysis } from '../../src/llm/model-output-schema';
import { verifyAnalysis } from '../../src/llm/verify-analysis';
import { verifyAnswer } from '../../src/llm/verify-answer';

// A hand-built extractive analysis: one sentence per paragraph, ids 0..5.
const paragraphs = [
  'Senator Jane Holloway said on Tuesday that the committee would not grant immunity.',
  '"We are not in the business of handing out free passes," Holloway told reporters.',
  'The letter, sent by attorney Robert Kelner, asked for "reasonable assurances" against unfair prosecution.',
  'Kelner did not respond to a request for comment.',
  '\u201CIt\u2019s a witch hunt,\u201D said President Donald Trump on Friday.',
  'The committee will vote on 12 April.',
];
let offset = 0;
const base: Analysis = {
  title: 'Committee rejects immunity request',
  sentences: paragraphs.map((text, id) => {
    const s = { id, text, start: offset, end: offset + text.length, paragraph: id };
    offset += text.length + 2;
    return s;
  }),
  summary: [{ text: paragraphs[0]!, sentenceIds: [0] }],
  quotes: [
    {
      text: 'We are not in the business of handing out free passes,',
      speaker: 'Jane Holloway',
      sentenceId: 1,
      key: true,
    },
  ],
  statements: [],
  questions: [],
  entities: [
    { name: 'Jane Holloway', type: 'person' },
    { name: 'Robert Kelner', type: 'person' },
    { name: 'Donald Trump', type: 'person' },
  ],
};

const good: ModelAnalysis = {
  summary: [
    { text: 'The committee will not grant immunity, Senator Holloway said.', sentenceIds: [0, 1] },
    { text: 'Kelner asked for assurances against unfair prosecution and did not comment.', sentenceIds: [2, 3] },
    { text: 'The committee votes on 12 April.', sentenceIds: [5] },
  ],
  quotes: [
    {
      text: 'We are not in the business of handing out free passes',
      speaker: 'Jane Holloway',
      sentenceId: 1,
      key: true,
    },
    { text: '"It\'s a witch hunt,"', speaker: 'Trump', sentenceId: 4, key: false },
  ],
  questions: [{ text: 'What exactly did Kelner ask for?', kind: 'unknown', sentenceIds: [2] }],
};

describe('verifyAnalysis', () => {
  it('keeps a grounded response and restores the article spelling of quotes', () => {
    const v = verifyAnalysis(good, base);
    expect(v.usable).toBe(true);
    expect(v.report.dropped).toBe(0);
    expect(v.analysis.summary).toHaveLength(3);
    expect(v.analysis.quotes.map((q) => q.text)).toEqual([
      'We are not in the business of handing out free passes',
      '\u201CIt\u2019s a witch hunt,\u201D'.slice(1, -1),
    ]);
    expect(v.analysis.quotes[1]?.speaker).toBe('Trump');
    expect(v.analysis.sentences).toBe(base.sentences);
  });

  it('drops an invented quote and an invented sentence id, keeps the rest', () => {
    const v = verifyAnalysis(
      {
        ...good,
        summary: [...good.summary, { text: 'Kelner sent a letter.', sentenceIds: [2, 99] }],
        quotes: [...good.quotes, { text: 'We will never give up', speaker: 'Jane Holloway', sentenceId: 1, key: true }],
      },
      base,
    );
    expect(v.report.reasons).toEqual({ 'unknown-sentence': 1, 'quote-not-in-article': 1 });
    expect(v.analysis.summary).toHaveLength(3);
    expect(v.analysis.quotes).toHaveLength(2);
    expect(v.usable).toBe(true);
  });

  it('rejects paraphrase posing as a quote, unknown speakers, mentions and invented names or numbers', () => {
    const v = verifyAnalysis(
      {
        summary: [
          ...good.summary,
          { text: '@everyone the committee said no.', sentenceIds: [0] },
          { text: 'The committee votes on 14 April.', sentenceIds: [5] },
          { text: 'Senator Marco Rubio opposed immunity.', sentenceIds: [0] },
        ],
        quotes: [
          ...good.quotes,
          { text: 'the committee would not grant immunity', speaker: 'Jane Holloway', sentenceId: 0, key: false },
          { text: 'reasonable assurances', speaker: 'John Smith', sentenceId: 2, key: false },
          { text: 'reasonable assurances', speaker: '@here', sentenceId: 2, key: false },
        ],
        questions: [{ text: 'Will <!channel> vote?', kind: 'pending', sentenceIds: [5] }],
      },
      base,
    );
    expect(v.report.reasons).toEqual({
      mention: 3,
      'unsupported-term': 2,
      'not-a-quotation': 1,
      'speaker-not-in-article': 1,
    });
    expect(JSON.stringify(v.analysis)).not.toMatch(/@everyone|@here|<!channel>|Rubio|14 April/);
  });

  it('maps a speaker to the name the article uses and re-anchors a misplaced quote', () => {
    const v = verifyAnalysis(
      { ...good, quotes: [{ text: 'reasonable assurances', speaker: 'Bob Kelner', sentenceId: 3, key: true }] },
      base,
    );
    expect(v.analysis.quotes).toEqual([
      { text: 'reasonable assurances', speaker: 'Robert Kelner', sentenceId: 2, key: true },
    ]);
    expect(v.report.reanchored).toBe(1);
  });

  it('is unusable when too little survives', () => {
    const v = verifyAnalysis({ ...good, summary: [{ text: 'Something happened.', sentenceIds: [42] }] }, base);
    expect(v.usable).toBe(false);
    expect(v.whyUnusable).toMatch(/summary/);
  });
});

describe('verifyAnswer', () => {
  it('accepts a cited answer with a verbatim quote', () => {
    expect(
      verifyAnswer(
        { answer: 'Holloway said "We are not in the business of handing out free passes."', sentenceIds: [1] },
        base,
      ),
    ).toEqual({ answer: 'Holloway said "We are not in the business of handing out free passes."', sentenceIds: [1] });
  });

  it('rejects missing citations, invented ids, invented quotes and mentions', () => {
    expect(verifyAnswer({ answer: 'On 12 April.', sentenceIds: [] }, base)).toEqual({ rejected: 'uncited' });
    expect(verifyAnswer({ answer: 'On 12 April.', sentenceIds: [7] }, base)).toEqual({ rejected: 'unknown-sentence' });
    expect(verifyAnswer({ answer: 'Kelner said "no deal".', sentenceIds: [3] }, base)).toEqual({
      rejected: 'quote-not-in-article',
    });
    expect(verifyAnswer({ answer: 'Ask @here.', sentenceIds: [5] }, base)).toEqual({ rejected: 'mention' });
    expect(verifyAnswer({ answer: null, sentenceIds: [] }, base)).toEqual({ rejected: 'model abstained' });
  });
});
