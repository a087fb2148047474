import { describe, expect, it } from 'vitest';
import { cueContext } from '../../src/core/cue-context';
import { pastDated } from '../../src/core/past-dated';
import { findCues } from '../../src/core/question-cues';
import { surveyAnswer } from '../../src/core/survey-answer';
import { writerForecast } from '../../src/core/writer-forecast';

const kinds = (text: string, context = '') => findCues(text, context).map((c) => c.kind);

describe('survey answers: the future verb is the respondents’', () => {
  const answers = [
    'About 60 percent of those polled say they will vote for the mayor.',
    'A majority of respondents said they would support the new bridge.',
  ];
  it('finds where the answer starts and reads no pending event in it', () => {
    for (const text of answers) {
      expect(surveyAnswer(text), text).toBeGreaterThan(0);
      expect(kinds(text), text).not.toContain('pending');
    }
  });
  it('needs a poll named in the sentence, the one before or the headline', () => {
    const share = 'Twelve percent said they would vote against the levy.';
    const poll = 'A survey of 800 residents was published on Friday.';
    expect(surveyAnswer(share, poll)).toBeGreaterThan(0);
    expect(kinds(share, poll)).not.toContain('pending');
    expect(surveyAnswer(share, 'The council met on Friday.')).toBe(-1);
    expect(kinds(share, 'The council met on Friday.')).toContain('pending');
    // A share of a voting body reached through a fronted "Of the X asked,": no poll, a vote to come.
    const council = 'Of the councillors asked, 12 percent said they would vote against it.';
    expect(surveyAnswer(council, 'The council votes on the levy next month.')).toBe(-1);
    expect(kinds(council, 'The council votes on the levy next month.')).toContain('pending');
    expect(surveyAnswer(council, 'A local newspaper polled the council this week.')).toBeGreaterThan(0);
    const context = cueContext('Poll: the levy splits the town', [{ text: 'The vote is in May.' }, { text: share }], 1);
    expect(surveyAnswer(share, context)).toBeGreaterThan(0);
    expect(surveyAnswer(share, cueContext('Levy splits the town', [{ text: 'The vote is in May.' }], 1))).toBe(-1);
  });
  it('leaves a share with no answer, and an answer with no share, to the other rules', () => {
    expect(surveyAnswer('Turnout rose 5 percent, and the council will vote on Monday.')).toBe(-1);
    expect(kinds('Turnout rose 5 percent, and the council will vote on Monday.')).toContain('pending');
    expect(surveyAnswer('The chairman said they will vote next week.')).toBe(-1);
    // Another subject between the share and the verb, or a body's count of votes to come: no poll answer.
    for (const text of [
      'Turnout rose 5 percent, the minister said she will call an inquiry next month.',
      'Half of the senators said they will vote against the bill.',
    ]) {
      expect(surveyAnswer(text), text).toBe(-1);
      expect(kinds(text), text).toContain('pending');
    }
    expect(kinds('The chairman said they will vote next week.')).toContain('pending');
  });
});

describe('a dated past event is not pending', () => {
  it('reads history told with its date as no step to come', () => {
    for (const text of [
      'The court struck down the rule on Tuesday in a 6-to-3 decision.',
      'Despite an extension of the deadline, the treaty lapsed on May 2, 1990.',
    ]) {
      expect(pastDated(text), text).toBe(true);
      expect(kinds(text), text).not.toContain('pending');
    }
  });
  it('keeps what a dated sentence still waits for', () => {
    for (const text of [
      'The court will issue its decision on Tuesday.',
      'A decision is due on Tuesday.',
      'The union told the board to withdraw the notice by midday on Monday or face a strike ballot.',
      'The leader called on Monday for an inquiry into the contract.',
    ]) {
      expect(pastDated(text), text).toBe(false);
      expect(kinds(text), text).toContain('pending');
    }
  });
  // ans77b, session 56: US copy dates by a bare weekday ("struck down … Tuesday"), with no "on".
  it('reads a bare weekday by a past verb as a past date', () => {
    expect(pastDated('The court struck down the rule Tuesday in a 6-to-3 decision.')).toBe(true);
  });
  it('not a bare weekday that is an object or names an event, nor a call for an act still to come', () => {
    for (const text of [
      'The union deemed Friday "Harbour Pride Day" in a vote.',
      "The board approved the plan after Monday's hearing.",
      'The meeting ended Tuesday as more members began urging the board to drop the levy.',
    ])
      expect(pastDated(text), text).toBe(false);
  });
  it('needs a past date by a past verb: an undated deadline or a wait that runs on stays pending', () => {
    expect(pastDated('The deadline passed quietly.')).toBe(false);
    for (const text of [
      'The families have awaited a decision on compensation since 2014.',
      'The United Steelworkers said a decision on the plant is pending since last year.',
    ]) {
      expect(pastDated(text), text).toBe(false);
      expect(kinds(text), text).toContain('pending');
    }
  });
});

describe("the writer's own 'likely to' forecast", () => {
  const forecast = 'The new tone is likely to resonate with older voters.';
  it('is analysis, not a pending event, when it says how something lands with people', () => {
    expect(writerForecast(forecast, forecast.indexOf('is likely'))).toBe('stance');
    expect(kinds(forecast)).not.toContain('pending');
    const appeal = 'The plan is likely to appeal to younger voters.';
    expect(writerForecast(appeal, appeal.indexOf('is likely'))).toBe('stance');
    expect(kinds(appeal)).not.toContain('pending');
  });
  it('keeps a forecast event pending, flagged to be shown as its passage', () => {
    const spread = 'The dispute is likely to spread to other ports.';
    expect(writerForecast(spread, spread.indexOf('is likely'))).toBe('passage');
    const cues = findCues(spread);
    expect(cues.map((c) => c.kind)).toContain('pending');
    expect(cues.find((c) => c.kind === 'pending')?.passage).toBe(true);
    // "appeal" with an object of its own is a procedure: a "Will …?" of its own.
    const appeal = 'The union is likely to appeal the ruling.';
    expect(writerForecast(appeal, appeal.indexOf('is likely'))).toBeNull();
  });
  it('stays pending for a procedure, a dated forecast or a sourced one', () => {
    for (const text of [
      'The committee is likely to vote against the plan.',
      'The suspect is likely to appear in court Wednesday.',
      'The tone is likely to resonate with older voters, the pollster said.',
    ]) {
      expect(writerForecast(text, text.indexOf('likely') - 3), text).toBeNull();
      expect(kinds(text), text).toContain('pending');
      expect(findCues(text).find((c) => c.kind === 'pending')?.passage, text).toBeUndefined();
    }
  });
});

describe('a challenge in a fronted scene-setting clause is narration', () => {
  it('reads no dispute in the clause before the main one', () => {
    for (const text of [
      'As the mayor faced criticism over the budget, a councillor quietly backed her.',
      'After the union condemned the deal, the workers went home.',
      'Reacting to criticism over the budget, the mayor promised a review.',
    ])
      expect(kinds(text), text).not.toContain('disputed');
  });
  it('keeps a challenge in the main clause, and an accusation wherever it is told', () => {
    expect(kinds('As the vote neared, the union condemned the deal as a sell-out.')).toContain('disputed');
    expect(kinds('After the meeting, the union accused the board of lying.')).toContain('disputed');
  });
  it('keeps a contrast, a cause, a challenge the main clause answers, and a name in -ing', () => {
    for (const text of [
      'While critics condemned the deal as a giveaway, the mayor defended it.',
      'Since the union rejected the offer as an insult, talks have stalled.',
      'As critics condemned the deal, the mayor defended it.',
      'For all the criticism of the plan, the depot opened on time.',
      'Manning rejected the charges, saying the leak exposed war crimes.',
      'Fleming on Tuesday rejected the charges, saying the leak exposed war crimes.',
    ])
      expect(kinds(text), text).toContain('disputed');
  });
});

describe('"was to": a schedule, not what something was for', () => {
  it('reads a purpose or a manner as nothing to come', () => {
    for (const text of [
      'Her main goal was to curb the cost of the depot.',
      'The upshot of these rules was to shift power to the council.',
      'Voters were asked how likely the mayor was to win.',
    ])
      expect(kinds(text), text).not.toContain('pending');
  });
  it('keeps a person or a thing that was to act', () => {
    expect(kinds('After the meeting the mayor was to fly to Rome.')).toContain('pending');
  });
});
