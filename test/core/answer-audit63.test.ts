import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12, audit 63 (B-a63-5, B-a63-7): the asked slot's filler over word overlap. Invented copy in the house
// styles the audit read (a wire dateline, a regional daily, a Manila news site, a New Zealand daily).
const analyzed = (paragraphs: string[]): Analysis => analyzeArticle(paragraphs.join('\n\n'));
const first = (analysis: Analysis, question: string): string | undefined => {
  const result = answerQuestion(analysis, question);
  return analysis.sentences.find((s) => s.id === result.sentenceIds[0])?.text;
};

describe('answerQuestion: a body named by its head noun after its full name (B-a63-7)', () => {
  const story = (later: string) =>
    analyzed([
      'Harbour dredging plan faces inquiry',
      'KESTREL BAY, March 3 – Fishing crews in Kestrel Bay say a dredging plan for the outer harbour will ruin their grounds.',
      'The National Marine Safety Authority said on Tuesday that it had received 40 complaints about the plan.',
      later,
      'The port company said the dredging was needed for larger ships.',
    ]);

  it('answers "when will the marine safety authority …" from "The authority said it would …"', () => {
    const analysis = story('The authority said it would issue its findings on the plan before the end of June.');
    expect(first(analysis, 'When will the marine safety authority issue its findings?')).toContain('end of June');
  });

  it('does not carry the name when two bodies of that head were named before (control)', () => {
    const analysis = analyzed([
      'Harbour dredging plan faces inquiry',
      'The National Marine Safety Authority and the Regional Ports Authority both said on Tuesday they had received complaints.',
      'The authority said it would issue its findings on the plan before the end of June.',
    ]);
    expect(first(analysis, 'When will the marine safety authority issue its findings?') ?? '').not.toContain('June');
  });
});

describe('answerQuestion: the next instance of an act called off (B-a63-5)', () => {
  const story = (next: string) =>
    analyzed([
      'Board delays vote on school merger',
      'The Tarrow County school board on Tuesday postponed a vote on merging two rural primary schools, after parents packed the meeting.',
      next,
      '"We need the transport figures before we can decide," said board member Anil Rao.',
    ]);

  it('answers "when will the board vote … again?" with the date it takes the plan up again', () => {
    const analysis = story('The board said it would take up the plan again on April 14, once a bus study is finished.');
    expect(first(analysis, 'When will the board vote on the merger again?')).toContain('April 14');
  });

  it('does not cite the postponed vote when no later date is given (control)', () => {
    const analysis = story('Parents said the merger would add an hour to some pupils’ day.');
    expect(first(analysis, 'When will the board vote on the merger again?')).toBeUndefined();
  });
});

describe('answerQuestion: a body’s vote answered by its count (B-a63-5)', () => {
  const story = analyzed([
    'Council backs harbour pool rebuild',
    'Porthaven District Council on Wednesday voted to rebuild the harbour pool at a cost of $18 million.',
    'The vote was 9-4. Councillor Ruth Ellery, who voted against, said the council should repair the old pool instead.',
    'Work is due to start in September.',
  ]);

  it('cites the tally for "how did the council vote?"', () => {
    expect(first(story, 'How did the council vote?')).toBe('The vote was 9-4.');
  });

  it('leaves "how did Ellery vote?" to the member’s own side (control)', () => {
    expect(first(story, 'How did Ruth Ellery vote?')).toContain('Ellery');
  });
});

describe('answerQuestion: a figure per unit over the total (B-a63-5)', () => {
  const story = analyzed([
    'Province pays top price for school tablets',
    'The provincial education office bought 12,000 tablets for public schools this year.',
    'Auditors are looking into the P1.1-billion purchase, which they called overpriced in a report released in May.',
    '“Each unit cost taxpayers P91,000. You can buy the same tablet in a mall for half that,” said board member Liza Ocampo.',
    'The office said the price included training and delivery to island schools.',
  ]);

  it('answers "how much did each tablet cost?" with the unit price, inside a quote', () => {
    expect(first(story, 'How much did each tablet cost?')).toContain('P91,000');
  });

  it('keeps the total for "how much did the purchase cost?" (control)', () => {
    expect(first(story, 'How much did the tablet purchase cost?')).not.toContain('P91,000');
  });
});
