import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { askedSpeaker } from '../../src/core/answer-speaker';
import { readFlynn } from './flynn-sample';

// A small article of our own: the mayor's one-word reply sits inside a reporter's long question, and a
// paraphrase of her names her too; her own words are the quotes of the third paragraph.
const ARTICLE = [
  'Mayor backs new tram line',
  'The city will build a tram line to the airport, Mayor Ruth Ellis said on Tuesday at a packed meeting.',
  '"This line will carry ten thousand people a day," Ellis said. "It pays for itself within a decade."',
  'Asked by a reporter whether "the council has any plan at all for the cost overruns that sank the last scheme," Ellis replied, "No."',
  'Opposition councillors said the vote had been rushed.',
].join('\n\n');

function citedTexts(analysis: Analysis, question: string): string[] {
  const result = answerQuestion(analysis, question);
  return result.sentenceIds.map((id) => analysis.sentences.find((s) => s.id === id)!.text);
}

describe('askedSpeaker', () => {
  it('reads the person a speech question names', () => {
    expect(askedSpeaker('what did Spicer say?')).toEqual(['spicer']);
    expect(askedSpeaker('What does Mr Price tell staff?')).toEqual(['price']);
    expect(askedSpeaker("what was Grace Obi's response?")).toEqual(['grace', 'obi']);
  });

  it('leaves other questions and speakers that are no name alone', () => {
    expect(askedSpeaker('what did the exit polls say?')).toBeUndefined();
    expect(askedSpeaker('who said Flynn should testify?')).toBeUndefined();
    expect(askedSpeaker("what did Bernie's wife tell him?")).toBeUndefined();
  });
});

describe('answerQuestion: what did X say', () => {
  const tram = analyzeArticle(ARTICLE);

  it("cites the person's own quotes, not a reply inside someone else's question or a paraphrase", () => {
    const cited = citedTexts(tram, 'What did Ellis say?');
    expect(cited[0]).toContain('ten thousand people');
    // The quote runs on into the next sentence of the paragraph: both are her words.
    expect(cited[1]).toContain('pays for itself');
  });

  it('answers the Flynn sample from Spicer’s quotes', () => {
    const flynn = analyzeArticle(readFlynn());
    const cited = citedTexts(flynn, 'what did Spicer say?');
    expect(cited[0]).toContain('should go testify');
    expect(cited.some((t) => t.includes('Nope'))).toBe(false);
  });

  it('keeps a sentence on the asked topic over a quote off it', () => {
    expect(citedTexts(tram, 'What did Ellis say about the cost overruns?')[0]).toContain('cost overruns');
  });
});
