import { describe, expect, it } from 'vitest';
import { KIND_GATES } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';
import { quotedOpinion } from '../../src/core/quoted-opinion';

/** Whether the engine reads a cue of this shape in the sentence, with its gates or with none. */
const reads = (shape: string, text: string, gated = true): boolean =>
  findCues(text, '', gated ? KIND_GATES : []).some((c) => c.shape === shape);

describe('a cue kind needs its evidence (kind-gates.ts)', () => {
  describe('disputed: a claim on record, not the writer narrating a conflict or a ruling', () => {
    it('keeps a challenge with the challenger’s words, a claim challenged or the other party named', () => {
      for (const text of [
        'The mayor rejected the claim that the budget was cut, saying the figures were wrong.',
        'Unions warned that hundreds of jobs would go.',
        'The scheme faced fierce opposition from local farmers.',
        'The minister dismissed the report as rubbish.',
        'Trump attacked the judge who ruled against him, calling the decision a disgrace.',
      ])
        expect(reads('challenge', text), text).toBe(true);
    });

    it('drops a narrated act of conflict and a settled ruling', () => {
      for (const text of [
        'The council leadership rebuffed the governor’s offer at a meeting this week.',
        'Khan rejected the developer’s offer on Tuesday.',
        'The tribunal rejected both appeals and ruled the contract valid.',
        'She has criticized the airline for cutting routes to the north.',
      ]) {
        expect(reads('challenge', text, false), text).toBe(true);
        expect(reads('challenge', text), text).toBe(false);
      }
    });
  });

  describe('disputed: one side arguing needs a contrary in the sentence', () => {
    it('keeps an argument set against another side', () => {
      for (const text of [
        'The company argues that the rules hurt small firms, but regulators say the costs are modest.',
        'Critics contend that the tax is regressive, while ministers call it fair.',
      ])
        expect(reads('contested', text), text).toBe(true);
    });

    it('drops one side’s case alone', () => {
      for (const text of [
        'The company argues that the rules hurt small firms.',
        'Supporters insist that the scheme saves money.',
      ]) {
        expect(reads('contested', text, false), text).toBe(true);
        expect(reads('contested', text), text).toBe(false);
      }
    });
  });

  describe('pending: an undecided event, not a standing rule', () => {
    const pending = (text: string, gated = true) =>
      findCues(text, '', gated ? KIND_GATES : []).some((c) => c.kind === 'pending');

    it('keeps a duty with a time or deadline', () => {
      for (const text of [
        'The panel must decide by Friday whether to renew the licence.',
        'The board should vote next week on the merger.',
      ])
        expect(pending(text), text).toBe(true);
    });

    it('drops a rule that holds every time', () => {
      for (const text of [
        'Under party rules, delegates must vote for the candidate who won them.',
        'Council officers have to decide which applications get a second review.',
      ]) {
        expect(pending(text, false), text).toBe(true);
        expect(pending(text), text).toBe(false);
      }
    });
  });

  describe('pending: an event someone waits on, not the writer’s own forecast', () => {
    const pending = (text: string, gated = true) =>
      findCues(text, '', gated ? KIND_GATES : []).some((c) => c.kind === 'pending');

    it('keeps a forecast of a procedure, a dated one or one a source makes', () => {
      for (const text of [
        'The court is likely to rule on the appeal.',
        'The strike is likely to end on Monday.',
        'The dispute is likely to spread to other ports, the union said.',
      ])
        expect(pending(text), text).toBe(true);
    });

    it('drops the writer’s undated, unsourced forecast', () => {
      for (const text of [
        'The dispute is likely to spread to other ports.',
        'As for the lead role, no one is likely to match the original.',
      ]) {
        expect(pending(text, false), text).toBe(true);
        expect(pending(text), text).toBe(false);
      }
    });
  });

  describe('quotedOpinion (measured, not shipped): a named speaker’s quoted opinion', () => {
    it('reads a vague source inside a named speaker’s quotation as theirs', () => {
      const madden = '"It reinforces what his supporters believe," said Kevin Madden, a strategist.';
      const martin = '"Critics say the plan is unfair," Carmel Martin said.';
      expect(quotedOpinion(madden, madden.indexOf('supporters'))).toBe(true);
      expect(quotedOpinion(martin, martin.indexOf('Critics'))).toBe(true);
    });

    it('leaves an unnamed speaker’s quotation and words outside quotation marks', () => {
      const insider = '"Critics say the plan is unfair," the insider said.';
      const outside = 'Critics say the plan is unfair, Carmel Martin said.';
      expect(quotedOpinion(insider, insider.indexOf('Critics'))).toBe(false);
      expect(quotedOpinion(outside, 0)).toBe(false);
    });
  });
});
