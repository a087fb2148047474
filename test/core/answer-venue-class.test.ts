import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { saysVenue } from '../../src/core/says-venue';

// Review B-r39-12 (ven40): the venue list came from WordNet classes that also hold groups of people ("couple",
// "village"), pictures ("figure", "chart") and gestures ("smile"), and lacked the venues news names most ("in a
// statement", "at a hearing", "in a letter"); and a where-question was answered by a sentence giving a time where the
// place would stand. Invented copy: a library and a ferry story.
const library = analyzeArticle(`Library to close on Sundays

Halden's central library will close on Sundays from April, the council has confirmed.

Councillor Mary Okafor, who leads on culture, said the cut would save £40,000 a year.

"Nobody wanted this, but the budget is what it is," she said in a statement on Tuesday.

Staff will be offered extra hours at the branch libraries in the town.

Campaigners plan to protest outside the town hall next week.
`);

const ferry = (voteLine: string): Analysis =>
  analyzeArticle(`Council delays ferry vote

Members of Portleven council have postponed a vote on the future of the harbour ferry after residents asked for more time.

${voteLine}

The ferry has lost money for six years, and the operator wants a larger subsidy.

Skipper Dan Pengelly said the crossing was a lifeline for older residents.
`);

function firstCited(analysis: Analysis, question: string): string | null {
  const result = answerQuestion(analysis, question);
  if (result.answer === null || result.sentenceIds.length === 0) return null;
  return analysis.sentences.find((s) => s.id === result.sentenceIds[0])?.text ?? null;
}

describe('a statement is where something was said', () => {
  it('"where did Okafor say it?" cites "she said in a statement" (main cited her other sentence)', () => {
    expect(firstCited(library, 'Where did Okafor say it?')).toContain('said in a statement');
  });

  it('"where did Okafor speak about the budget?" cites the statement (main declined)', () => {
    expect(firstCited(library, 'Where did Okafor speak about the budget?')).toContain('said in a statement');
  });

  it('control: a where-question with a place in the copy is answered as before', () => {
    expect(firstCited(library, 'Where will staff be offered extra hours?')).toContain('at the branch libraries');
  });
});

describe('a span of time where the place would stand says when, not where', () => {
  const postponed = ferry('The vote will be held in a couple of weeks, once the consultation has closed.');

  it('"where will the vote be held?" says the article does not say, showing the sentence', () => {
    const result = answerQuestion(postponed, 'Where will the vote be held?');
    expect(result).toMatchObject({ answer: null, reason: 'The article says when, not where.' });
    const nearestId = result.answer === null ? result.nearestId : undefined;
    const nearest = postponed.sentences.find((s) => s.id === nearestId)?.text;
    expect(nearest).toContain('in a couple of weeks');
  });

  it('control: "when will the vote be held?" still cites it', () => {
    expect(firstCited(postponed, 'When will the vote be held?')).toContain('in a couple of weeks');
  });

  it('control: with a place named beside the time, the place answers', () => {
    const placed = ferry(
      'The vote will be held at the Guildhall in a couple of weeks, once the consultation has closed.',
    );
    expect(firstCited(placed, 'Where will the vote be held?')).toContain('at the Guildhall');
  });
});

describe('saysVenue reads occasions and media of saying, not groups, pictures or gestures', () => {
  it('a statement, a hearing, a briefing, a letter, a gathering, a tweet, a podcast', () => {
    expect(saysVenue('"It is over," she said in a statement on Tuesday.')).toBe(true);
    expect(saysVenue('He told councillors at a hearing on Monday that the pier was safe.')).toBe(true);
    expect(saysVenue('The minister spoke at a briefing for reporters.')).toBe(true);
    expect(saysVenue('She set out her reasons in a letter to members.')).toBe(true);
    expect(saysVenue('He spoke at a gathering of fishermen.')).toBe(true);
    expect(saysVenue('In a tweet on Sunday, the mayor thanked the crews.')).toBe(true);
    expect(saysVenue('The skipper talked about the crossing on his podcast.')).toBe(true);
  });

  it('a group of people, a picture, a gesture, an utterance and a part of a text are none', () => {
    expect(saysVenue('The rise shows in the figures for May.')).toBe(false);
    expect(saysVenue('Rents rose in the village by 4%.')).toBe(false);
    expect(saysVenue('The bill stalled in gridlock over the summer.')).toBe(false);
    expect(saysVenue('She answered with a shrug and said in a whisper that it was over.')).toBe(false);
    expect(saysVenue('The rules are set out in section 4.')).toBe(false);
    expect(saysVenue('The couple sat in the audience.')).toBe(false);
  });

  it('"on" takes a medium only: before a statement or an occasion it reads "about"', () => {
    expect(saysVenue('The skipper commented on the letter on Friday.')).toBe(false);
    expect(saysVenue('Opponents seized on her remarks about the subsidy.')).toBe(false);
    expect(saysVenue('The decision was based on the discussion with residents.')).toBe(false);
    expect(saysVenue('Two judges on the appeal court ruled against the ferry.')).toBe(false);
    expect(saysVenue("Members will vote on the meeting's minutes.")).toBe(false);
    expect(saysVenue('He said on the radio that the crossing was safe.')).toBe(true);
    expect(saysVenue('She told investors on a conference call that fares would rise.')).toBe(true);
  });

  it('control: a span of time and a weekday stay none, an interview and a rally stay venues', () => {
    expect(saysVenue('Work will start in a couple of years.')).toBe(false);
    expect(saysVenue('He spoke on Tuesday.')).toBe(false);
    expect(saysVenue('Ortiz said in an interview with WRVT radio.')).toBe(true);
    expect(saysVenue('He spoke at a rally in Ohio.')).toBe(true);
  });
});
