import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

// Issue 12, review s28 B-main-4: a party's refusal to speak is not the article failing to say. Composed copy.
const story = (refusal: string): Analysis =>
  analyzeArticle(
    [
      'Quarry firm seeks longer hours at Tallow Hill',
      'Tallow Hill residents have objected to plans to extend blasting hours at the quarry.',
      `Documents seen by this paper show Kestrel Aggregates had asked the county for a royalty cut of £250,000 a year. ${refusal}`,
      'A planning committee will consider the application in spring.',
    ].join('\n\n'),
  );
const answer = (analysis: Analysis, question: string) => answerQuestion(analysis, question);

describe('answerQuestion: a refusal to comment', () => {
  it('answers "did X comment?" with the sentence saying X declined to', () => {
    const result = answer(
      story('Kestrel Aggregates declined to comment on the documents.'),
      'Did Kestrel Aggregates comment?',
    );
    expect(result.answer).toContain('declined to comment');
  });

  it('gives a sourced figure beside the refusal as the answer, with the refusal', () => {
    const analysis = story('Kestrel Aggregates declined to comment on the documents.');
    const result = answer(analysis, 'How much of a royalty cut did Kestrel Aggregates ask for?');
    expect(result.answer).toContain('£250,000');
    expect(result.answer).toContain('declined to comment');
  });

  it("does not take a pronoun's refusal as the asked party's (control)", () => {
    const analysis = story(
      'Its chairman, Alan Reeve, was asked about the documents. Through a spokesman, he declined to comment.',
    );
    expect(answer(analysis, 'Did Kestrel Aggregates comment?').answer ?? '').not.toMatch(/^Through a spokesman/);
  });

  it('still says the article does not say when the copy says the figure is unknown (control)', () => {
    const analysis = story('It is not clear how much Kestrel Aggregates would save.');
    expect(answer(analysis, 'How much would Kestrel Aggregates save?').answer).toBeNull();
  });

  it('still abstains on a value the refusal itself withholds (control)', () => {
    const analysis = analyzeArticle(
      [
        'Quarry firm sold',
        'Kestrel Aggregates has been sold to a rival group.',
        'Kestrel Aggregates declined to say how much the rival group paid for the business.',
      ].join('\n\n'),
    );
    expect(answer(analysis, 'How much did the rival group pay for Kestrel Aggregates?').answer).toBeNull();
  });

  it('does not cite another party\'s refusal for "did X comment?", as the answer or as what the article says only', () => {
    const analysis = story(
      'A neighbour of the quarry, who asked not to be named, declined to comment on the documents.',
    );
    for (const question of ['Did the county comment?', 'Has the county responded?']) {
      const result = answer(analysis, question);
      expect(result.answer).toBeNull();
      const pointed =
        result.answer === null && result.nearestId !== undefined ? analysis.sentences[result.nearestId]!.text : '';
      expect(pointed).not.toMatch(/declined to comment/);
    }
  });

  it('still answers "did X comment?" with the refusal of the party asked about (control)', () => {
    const analysis = story(
      'A neighbour of the quarry, who asked not to be named, declined to comment on the documents.',
    );
    expect(answer(analysis, 'Did the neighbour comment?').answer).toContain('declined to comment');
  });
});

// ux30 (session 30, issue 12): copy words a refusal many ways. Each must read as the party's refusal, so that another
// party's question is not answered with it ("Has the county commented?" citing the firm's silence as the county's).
describe('answerQuestion: refusal cues worded other ways', () => {
  const cues = [
    'None of the directors of Kestrel Aggregates would comment on the documents.',
    "Kestrel Aggregates didn't respond to a request for comment.",
    'Kestrel Aggregates did not immediately respond to messages seeking comment.',
    'Kestrel Aggregates has not commented publicly.',
  ];

  it("does not answer another party's question with the refusal", () => {
    for (const cue of cues) {
      const result = answer(story(cue), 'Has the county commented?');
      expect(result.answer, cue).toBeNull();
    }
  });

  it('answers the refusing party\'s "did X comment?" with it (control)', () => {
    for (const cue of cues) expect(answer(story(cue), 'Did Kestrel Aggregates comment?').answer, cue).toBe(cue);
  });

  it('does not read "did not respond" to events as a refusal to speak (control)', () => {
    const analysis = story('Kestrel Aggregates did not respond to the objections by changing its plans.');
    expect(answer(analysis, 'Has the county commented?').answer ?? '').not.toContain('did not respond');
  });
});

// ux30 (session 30, issue 12): "Did the planning committee comment?" was answered by another committee's words: the
// asked party is the whole phrase, head and modifiers.
describe('answerQuestion: did <party> comment? names the party as a whole phrase', () => {
  const council = (said: string): Analysis =>
    analyzeArticle(
      [
        'Ashford bypass plan delayed',
        'Plans for a bypass around Ashford have been delayed by a year, the county council has confirmed.',
        'Residents say lorries already block the high street every morning.',
        said,
        'Work on the road was due to start in 2027.',
      ].join('\n\n'),
    );
  const spoke = 'A spokesman for the finance committee commented that the cost had risen to £80m.';

  it("does not answer with another committee's words", () => {
    for (const question of ['Did the planning committee comment?', 'Has the planning committee commented on the cost?'])
      expect(answer(council(spoke), question).answer, question).toBeNull();
  });

  it("answers with the committee's own words, asked whole or by its head (control)", () => {
    for (const question of ['Did the finance committee comment?', 'Did the committee comment?'])
      expect(answer(council(spoke), question).answer, question).toBe(spoke);
  });
});
