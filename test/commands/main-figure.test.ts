import { expect, it } from 'vitest';
import { mainFigure } from '../../commands/main-figure';
import type { Analysis, Sentence } from '../../src/core/analysis-types';

/** An analysis of body paragraphs (each a list of sentences), its summary the body's first sentences. */
function story(title: string, paragraphs: string[][]): Analysis {
  const sentences: Sentence[] = [];
  let start = 0;
  paragraphs.forEach((texts, paragraph) => {
    for (const text of texts) {
      sentences.push({ id: sentences.length, text, start, end: start + text.length, paragraph });
      start += text.length + 1;
    }
  });
  const summary = sentences.map((s) => ({ text: s.text, sentenceIds: [s.id] }));
  return { title, sentences, summary, quotes: [], statements: [], questions: [], entities: [] };
}

const texts = (analysis: Analysis) => mainFigure(analysis).map((s) => s.text);

it('never presents a date or a clock time as the main figure', () => {
  for (const lead of [
    'Denmark is holding a celebration, with a concert at Parken stadium on 2 April.',
    'The laws come into force on 1 January.',
    'The event in France is on 19-20 March.',
    'The race is on April 9 in Dublin.',
    'The doors open at 19:30 and the show starts at 8pm.',
  ])
    expect(texts(story('Jarre joins fairytale celebration', [[lead]])), lead).toEqual([]);
  // A headline's date is no figure either: the body's figure of 2 April is not looked for.
  expect(texts(story('Concert set for 2 April', [['The concert is on 2 April.']]))).toEqual([]);
});

it('takes, with no headline figure, only a figure with a unit from the lead paragraph', () => {
  expect(texts(story('Ferry deal signed', [['The council approved a £48m ferry contract.']]))).toEqual([
    'The council approved a £48m ferry contract.',
  ]);
  expect(texts(story('Fees rise', [['Fees rose by 5% this year.']]))).toEqual(['Fees rose by 5% this year.']);
  expect(texts(story('Paper cuts', [['The paper is axing 90 journalist jobs.']]))).toEqual([
    'The paper is axing 90 journalist jobs.',
  ]);
  // A peripheral count past the lead, or a bare number in it, is not the story's main figure.
  expect(
    texts(
      story('IAAF launches fight against drugs', [
        ['Officials met.', 'Task forces were set up.'],
        ['About 60 people attended.'],
      ]),
    ),
  ).toEqual([]);
  expect(texts(story('Team picked', [['She was picked for the 4 x 400.']]))).toEqual([]);
  // A one-sentence standfirst: the lead runs on to the next sentence, where such copy gives its figure.
  expect(
    texts(story('Japan escapes recession', [['Japan has escaped.'], ['Growth was 0.1%.', 'Tax rose 5%.']])),
  ).toEqual(['Growth was 0.1%.']);
  // The headline's own figure is still found wherever the body gives it.
  expect(texts(story('Telegraph axes 90 jobs', [['Staff were told.'], ['It is axing 90 jobs.']]))).toEqual([
    'It is axing 90 jobs.',
  ]);
});
