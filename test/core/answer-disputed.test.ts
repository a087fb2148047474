import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { readFlynn } from './flynn-sample';

// Disputed points (review s25 A-ans-1/2): the asked verb, a headline that reports a denial, the other side.
const riverside = analyzeArticle(
  readFileSync(fileURLToPath(new URL('../../samples/riverside-waiting-lists.txt', import.meta.url)), 'utf8'),
);
const flynn = analyzeArticle(readFlynn());

const textOf = (analysis: Analysis, id: number | undefined): string =>
  analysis.sentences.find((s) => s.id === id)?.text ?? '';

describe('answerQuestion on a disputed point', () => {
  it('cites the sentence saying the asked verb for "who <verb>s …?" over one sharing only a premise noun', () => {
    const result = answerQuestion(riverside, 'who denies the figures were altered?');
    expect(textOf(riverside, result.sentenceIds[0])).toMatch(/has denied claims/);
  });

  it('keeps the ranker’s choice when the verb-bearing sentence covers less of the question (control)', () => {
    const result = answerQuestion(flynn, 'When did Flynn resign?');
    expect(textOf(flynn, result.sentenceIds[0])).toContain('February 13');
  });

  it('points at the body’s report of the denial when only a denying headline names the act', () => {
    const result = answerQuestion(riverside, 'were the figures altered?');
    expect(result.answer).toBeNull();
    if (result.answer !== null) return;
    expect(result.headline).toBeUndefined();
    expect(textOf(riverside, result.nearestId)).toMatch(/has denied claims/);
  });

  it('cites the next sentence of the paragraph when it opens with a contrast on the same point', () => {
    const result = answerQuestion(flynn, 'did Flynn mislead the administration?');
    const texts = result.sentenceIds.map((id) => textOf(flynn, id));
    expect(texts[0]).toContain('misled');
    expect(texts.some((t) => t.startsWith('However, Flynn conceded no wrongdoing'))).toBe(true);
  });

  it('does not add a contrast sentence that shares nothing with the question (control)', () => {
    const story = analyzeArticle(
      [
        'Port council delays ferry vote',
        '',
        'The council postponed the ferry vote on Thursday after a late report on costs. However, the weather stayed fine all week.',
      ].join('\n'),
    );
    const result = answerQuestion(story, 'did the council postpone the ferry vote?');
    const texts = result.sentenceIds.map((id) => textOf(story, id));
    expect(texts.some((t) => t.startsWith('However'))).toBe(false);
  });

  it('does not date a new instance of an event from the sentence dating the first one', () => {
    const ferry = analyzeArticle(
      readFileSync(fileURLToPath(new URL('../../samples/harbour-ferry-contract.txt', import.meta.url)), 'utf8'),
    );
    const result = answerQuestion(ferry, 'when is the new vote?!');
    expect(result.answer).toBeNull();
    if (result.answer === null) expect(textOf(ferry, result.nearestId)).toContain("postponed Thursday's vote");
    // Control: the first instance is dated by that sentence.
    expect(textOf(ferry, answerQuestion(ferry, 'when was the vote due?').sentenceIds[0])).toContain('Thursday');
  });

  it('control: "new" as the thing’s own adjective is answered from the sentence dating it', () => {
    const law = analyzeArticle(
      [
        'Council passes new parking law',
        'The council passed a new parking law on Monday after a long debate.',
        'The law takes effect on 1 January, the council said.',
        'Drivers who break it face a fine of 100 pounds.',
      ].join('\n\n'),
    );
    const result = answerQuestion(law, 'When will the new law take effect?');
    expect(textOf(law, result.sentenceIds[0])).toContain('1 January');
  });
});

// Issue 12, review s27 B-main-4: a yes/no question on a disputed point cites both sides, also when the other side
// sits a paragraph away and points back at the claim instead of repeating it. Composed copy, not the sample's.
const depot = analyzeArticle(
  [
    'Bus depot to close as operator trims routes',
    'Northgate Buses will close its Mill Lane depot in April, the company said on Tuesday.',
    'The Mill Lane Residents Group said drivers had been moved to other depots without any warning.',
    'Its chair, Rosa Lind, said members would write to the transport authority.',
    'Ms Vale, the operator’s managing director, dismissed that claim, saying drivers had been told of the move in January.',
    'The transport authority will review the routes in the spring.',
  ].join('\n\n'),
);
const cites = (analysis: Analysis, question: string, pattern: RegExp): boolean =>
  answerQuestion(analysis, question).sentenceIds.some((id) => pattern.test(textOf(analysis, id)));

describe('answerQuestion: both sides of a disputed point (yes/no)', () => {
  it('cites a rebuttal a paragraph after the claim that points back at it ("dismissed that claim")', () => {
    const question = 'were the drivers warned before they were moved?';
    expect(cites(depot, question, /without any warning/)).toBe(true);
    expect(cites(depot, question, /dismissed that claim/)).toBe(true);
  });

  it('cites the claim just before a best sentence that turns against it ("However, …")', () => {
    const story = analyzeArticle(
      [
        'Pool reopening in doubt',
        'Swimmers say the council promised to reopen the Eastgate pool by the summer holidays. However, the council says no date for reopening the pool was ever promised.',
        'Repairs to the roof are expected to take several months.',
      ].join('\n\n'),
    );
    const question = 'did the council promise a date for reopening the pool?';
    expect(cites(story, question, /^However/)).toBe(true);
    expect(cites(story, question, /^Swimmers say/)).toBe(true);
  });

  it('does not add the rebuttal to a "which" or "who" question, which it does not answer (control)', () => {
    expect(cites(depot, 'which residents group complained about the drivers?', /dismissed that claim/)).toBe(false);
  });

  it('does not add a pointing-back rebuttal that shares no word with the question (control)', () => {
    expect(cites(depot, 'will the residents group write to the transport authority?', /dismissed that claim/)).toBe(
      false,
    );
  });
});
