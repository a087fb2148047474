import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { FEATURE_NAMES } from '../../src/core/answer-feature-names';
import { answerFeatures } from '../../src/core/answer-features';

const GAP = FEATURE_NAMES.indexOf('gap');

/** The 'gap' feature of each body sentence for one question. */
function gaps(lines: string[], question: string): number[] {
  const analysis = analyzeArticle(['Test headline', '', ...lines].join('\n'));
  return answerFeatures(analysis, question).sentences.map((s) => s.values[GAP]!);
}

describe('answerFeatures: the filler the question asks for', () => {
  it("who: a person the question does not name already fills it; the question's own name does not", () => {
    const lines = [
      'Sprinter Maurice Greene holds the world record over 60m.',
      'Greene is now coached by John Smith in California.',
    ];
    expect(gaps(lines, 'who coaches Maurice Greene?')).toEqual([1, 0]);
  });

  it('who: a place written in capitals ("Salt Lake City") is nobody', () => {
    const lines = [
      'The mayor has flu, the council said after she missed a concert in Salt Lake City.',
      'She was treated by a family doctor, Ann Okafor.',
    ];
    expect(gaps(lines, 'who treated the mayor for flu?')).toEqual([1, 0]);
  });

  it('why: a cause or reason fills it', () => {
    const lines = ['The council closed the library on Monday.', 'It shut because the roof was unsafe.'];
    expect(gaps(lines, 'why did the council close the library?')).toEqual([1, 0]);
  });

  it('how many: a number before the counted thing fills it, another number does not', () => {
    const lines = ['The firm was founded in 1998 and has 3 offices.', 'It will cut 250 jobs next year.'];
    expect(gaps(lines, 'how many jobs will the firm cut?')).toEqual([1, 0]);
  });

  it('a yes/no or open question asks for no typed filler', () => {
    const lines = ['The council closed the library on Monday.', 'It shut because the roof was unsafe.'];
    expect(gaps(lines, 'did the council close the library?')).toEqual([0, 0]);
    expect(gaps(lines, 'what did the council close?')).toEqual([0, 0]);
  });
});

describe('answerFeatures: the relation a "who" question asks about', () => {
  it('is 0 where the sentence says the verb, below 0 where it only names someone', () => {
    const RELATION = FEATURE_NAMES.indexOf('relation');
    const analysis = analyzeArticle(
      [
        'Test headline',
        '',
        'The Senate committee rejected the request on Friday.',
        'Sean Spicer answered a reporter who asked about Flynn.',
      ].join('\n'),
    );
    const [said, named] = answerFeatures(analysis, 'who rejected the request?').sentences.map(
      (s) => s.values[RELATION]!,
    );
    expect(said).toBe(0);
    expect(named).toBeLessThan(0);
  });
});

describe('answerFeatures: a negated yes/no question', () => {
  it('is read as its plain form: the same type, terms, asked verb and features', () => {
    const analysis = analyzeArticle(
      [
        'Council rejects stadium plan',
        '',
        'The planning committee rejected the stadium request on Tuesday.',
        'The mayor, who backed the plan, was not at the meeting.',
        'Nobody has been arrested over the protest that followed.',
      ].join('\n'),
    );
    const pairs = [
      ["Didn't the committee reject the stadium request?", 'Did the committee reject the stadium request?'],
      ["Wasn't the mayor at the meeting?", 'Was the mayor at the meeting?'],
      ['Hasn’t anyone been arrested over the protest?', 'Has anyone been arrested over the protest?'],
    ];
    for (const [negated, plain] of pairs) {
      const read = answerFeatures(analysis, negated!);
      const expected = answerFeatures(analysis, plain!);
      expect(read.type).toBe('yesno');
      expect(read.terms.terms).toEqual(expected.terms.terms);
      expect(read.terms.verb).toBe(expected.terms.verb);
      expect(read.sentences.map((s) => s.values)).toEqual(expected.sentences.map((s) => s.values));
    }
  });
});
