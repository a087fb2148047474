import { describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

const NOT_KNOWN = 'The article reports that this is not known.';

/** The abstention's reason, or undefined for an answer. */
const reasonOf = (r: AnswerResult) => (r.answer === null ? r.reason : undefined);

const story = (title: string, lines: string[]) => analyzeArticle(lines.join('\n\n'), { title });

const baths = story('Council to sell historic swimming baths', [
  'A council in the north of England has agreed to sell its Victorian swimming baths to a property developer.',
  'Harrowgate Borough Council said the building had become too costly to repair after years of neglect.',
  'The developer, Linden Quay Homes, plans to turn the baths into flats and a small gym.',
  'The council declined to say how much the company had paid for the site.',
  'Campaigners, who collected 4,000 signatures against the sale, said they would seek a judicial review.',
  'It is not known whether the pool itself will be kept.',
  'Work is due to begin in the spring.',
]);

const jets = story('Airline grounds jets after engine scare', [
  'An airline grounded 14 of its regional jets on Thursday after an engine on one of them failed shortly after takeoff from Denver.',
  'The plane, carrying 62 passengers, returned safely to the airport, and no one was hurt.',
  'Federal investigators have not said when they expect to release their findings.',
  'The airline, Summit Air, said the grounded planes would be inspected over the weekend.',
  "The engine's manufacturer declined to comment.",
  'Mr. Alan Ortiz, a passenger, said the cabin filled with smoke for several minutes.',
]);

const brewer = story('Brewer buys craft rival', [
  'A family-owned brewer in Kent has bought a craft beer maker in Brighton, the two companies said on Monday.',
  'Hopwright, founded in 2011, employs 40 people and sells its beer in 300 pubs.',
  'The cost of the new bottling line was not disclosed.',
]);

const label = story('Regulator reviews painkiller label', [
  'The Food and Drug Administration is reviewing the label of a painkiller made by Meridian Pharmaceuticals.',
  'The agency has not said when it will finish.',
  "Meridian declined to say how much it had spent on the drug's marketing.",
  'It is not known whether the company will appeal.',
  "Meridian's shares fell 4 percent on Tuesday.",
]);

const miner = story('Miner agrees takeover of rival in all-share deal', [
  'SYDNEY, Dec 4 (Reuters) - Australian miner Coralind Resources agreed on Friday to buy smaller rival Westgate Metals in an all-share deal, the companies said.',
  'Coralind did not disclose how many jobs would be cut after the merger.',
  "The combined company will be based in Perth and run by Coralind's chief executive, Maria Lowe.",
  'Shares in Westgate jumped 12 percent on the news.',
  "It was unclear why Westgate's board had rejected an earlier cash offer.",
  'The deal is expected to close in March.',
]);

/** Review s34 B-main-59: "not known" only when the asked thing is what the marker says is unknown. */
describe('the "not known" reply needs the question inside the marker\'s scope', () => {
  it.each([
    [baths, 'how much did the company pay for the site?', 'declined to say how much'],
    [miner, 'how many jobs will be cut?', 'did not disclose how many jobs'],
    [jets, 'when will investigators release their findings?', 'have not said when'],
    [brewer, 'how much did the bottling line cost?', 'was not disclosed'],
    [label, 'how much did Meridian spend on marketing?', 'declined to say how much'],
  ])('inside: %#', (article, question, marker) => {
    const result = answerQuestion(article, question);
    expect(reasonOf(result)).toBe(NOT_KNOWN);
    const nearest = result.answer === null ? result.nearestId : undefined;
    expect(article.sentences.find((s) => s.id === nearest)?.text).toContain(marker);
  });

  it.each([
    [miner, 'what does Westgate mine?'],
    [jets, 'what happened to the engine?'],
  ])('outside: %#', (article, question) => {
    expect(reasonOf(answerQuestion(article, question))).not.toBe(NOT_KNOWN);
  });

  it('controls: questions inside a scope on main already, and ones the copy answers', () => {
    expect(reasonOf(answerQuestion(baths, 'will the pool be kept?'))).toBe(NOT_KNOWN);
    expect(reasonOf(answerQuestion(miner, "why did Westgate's board reject the earlier offer?"))).toBe(NOT_KNOWN);
    expect(answerQuestion(baths, 'when will work begin?').answer).toContain('spring');
    expect(answerQuestion(jets, 'how many jets were grounded?').answer).toContain('14 of its regional jets');
    expect(answerQuestion(jets, 'did the manufacturer comment?').answer).toContain('declined to comment');
    expect(answerQuestion(miner, 'when will the deal close?').answer).toContain('March');
    // A refusal leaves the party's words unknown, whatever its wh-clause; an elided clause takes the sentence.
    expect(reasonOf(answerQuestion(label, 'what did Meridian say?'))).toBe(NOT_KNOWN);
    expect(reasonOf(answerQuestion(label, 'when will the agency finish?'))).toBe(NOT_KNOWN);
    expect(answerQuestion(brewer, 'how many people does Hopwright employ?').answer).toContain('40 people');
  });
});
