import { describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';

const NOT_KNOWN = 'The article reports that this is not known.';

/** The abstention's reason, or undefined for an answer. */
const reasonOf = (r: AnswerResult) => (r.answer === null ? r.reason : undefined);
/** The nearest line an abstention points at. */
const nearestOf = (r: AnswerResult) => (r.answer === null ? r.nearestId : undefined);

const story = (title: string, lines: string[]) => analyzeArticle(lines.join('\n\n'), { title });

// Our own copy: a paraphrase of what an unknown marker withholds (review s34 B-ans47-1/2).
const trams = story('Signal failure halts trams across the city centre', [
  'Trams across the city centre stopped for three hours on Tuesday after a signal fault near the main depot, the operator said.',
  'The operator said the fault had been repaired by early evening but declined to say what caused it.',
  'Officers arrested two men near the depot on Tuesday night.',
  'A spokesman for the council said repairs to the signalling system were planned for next year.',
  'The council has not disclosed the cost of the work.',
  'Passengers were offered refunds on day tickets, the operator said.',
]);

const quarry = story('Two held after quarry break-in', [
  'Police arrested two men after a break-in at a limestone quarry near Ashby on Wednesday night, but did not say why they had been detained.',
  'Explosives were kept on the site, the quarry owner said.',
  'The quarry reopened on Thursday morning.',
]);

const bridge = story('Regulator opens inquiry into collapse of footbridge', [
  'The national rail regulator has opened an inquiry into the collapse of a footbridge at Eastfield station last month, officials said on Friday.',
  'The regulator has not said when it will reveal its verdict on the collapse.',
  "Engineers from the station's owner, Northline, inspected the remaining bridges on the line over the weekend, a Northline spokesman said.",
  'Nobody was hurt in the collapse, which happened early on a Sunday morning.',
]);

describe('an unknown marker withholds what the question asks, in other words', () => {
  it('"declined to say what caused it" leaves "what caused the fault?" not known', () => {
    const r = answerQuestion(trams, 'what caused the fault?');
    expect(reasonOf(r)).toBe(NOT_KNOWN);
    expect(nearestOf(r)).toBe(trams.sentences[1]!.id);
  });

  it('"did not say why they had been detained": the pronoun stands for the men arrested', () => {
    const r = answerQuestion(quarry, 'why were the men arrested?');
    expect(reasonOf(r)).toBe(NOT_KNOWN);
    expect(nearestOf(r)).toBe(quarry.sentences[0]!.id);
  });

  it('"has not disclosed the cost of the work" leaves "how much will the work cost?" not known', () => {
    const r = answerQuestion(trams, 'how much will the work cost?');
    expect(reasonOf(r)).toBe(NOT_KNOWN);
    expect(nearestOf(r)).toBe(trams.sentences[4]!.id);
  });

  it('"has not said when it will reveal" leaves "when will they disclose it?" not known (WordNet: reveal, disclose)', () => {
    expect(reasonOf(answerQuestion(bridge, 'when will they disclose it?'))).toBe(NOT_KNOWN);
  });

  it('controls: what the copy does say is answered, and an answer beside the new form keeps to itself', () => {
    expect(answerQuestion(trams, 'when will the repairs happen?').sentenceIds).toEqual([trams.sentences[3]!.id]);
    expect(answerQuestion(trams, 'were refunds offered?').sentenceIds).toEqual([trams.sentences[5]!.id]);
    expect(answerQuestion(bridge, 'was anybody hurt?').sentenceIds).toEqual([bridge.sentences[3]!.id]);
    // The pronoun's antecedent names the party, not the withheld act: the regulator's dated inquiry does not date
    // the verdict.
    expect(reasonOf(answerQuestion(bridge, 'when will the regulator disclose its verdict?'))).toBe(NOT_KNOWN);
  });

  it('control: "what caused it" withholds the cause, not the cost of what the sentence mentions', () => {
    expect(reasonOf(answerQuestion(trams, 'how much did the repairs cost?'))).not.toBe(NOT_KNOWN);
  });
});
