import { describe, expect, it } from 'vitest';
import { claimedPlan } from '../../src/core/claimed-plan';
import { KIND_GATES } from '../../src/core/kind-gates';
import { ProperWords, properWordsOf } from '../../src/core/proper-words-of';
import { findCues } from '../../src/core/question-cues';
import { routineDatedEvent } from '../../src/core/routine-dated-event';

// Review 65's findings on fu63's open-question rules (R65-2, -3, -4, -9), on the review's invented copy.

const ctx = (text: string) => ({ text, actor: null, mainActor: null, properWords: new Set(['Tarvin']) });
const shapes = (text: string) => findCues(text, '', KIND_GATES).map((c) => c.shape);

describe('a dated event is routine only when the copy says so (R65-2)', () => {
  it('keeps the lead of an event the copy does not call routine', () => {
    for (const text of [
      'The execution of the two men will take place on Tuesday.',
      'The eviction of the 300 families will take place on Monday.',
      'The closure of the district hospital will take place on April 1.',
      'The handover of power will take place on July 1.',
      'The deportation flight will take place next Tuesday.',
      'The demolition of the old market will take place on Friday.',
    ])
      expect(shapes(text), text).toContain('future');
  });

  it('reads the month May as a date, the modal as a doubt', () => {
    expect(routineDatedEvent.test('The annual regatta will take place on 3 May.')).toBe(true);
    expect(routineDatedEvent.test('The annual regatta will take place on 3 June.')).toBe(true);
    expect(routineDatedEvent.test('The annual regatta will take place on 3 June, but it may rain.')).toBe(false);
  });
});

describe("a claim about a plan needs a sayer that is a source, not a clause or a plan's owner (R65-3)", () => {
  it('asks no claim of a clause, a pronoun, a negative quantifier or a body giving its own schedule', () => {
    for (const text of [
      'Work on the road stopped after engineers said a planned tunnel will collapse next year.',
      'She said the proposed levy will raise N$40 million next year.',
      'Nobody says the planned airport will open next year.',
      'The council said the proposed budget will be put to a vote on March 3.',
    ])
      expect(claimedPlan(ctx(text)), text).toBeNull();
  });

  it("keeps a people group's claim and a forecast", () => {
    expect(claimedPlan(ctx('Critics warn the proposed levy will raise prices.'))).toBe(
      'Is it true, as critics warn, that the proposed levy will raise prices?',
    );
  });
});

describe('an elided wh-word is rhetorical only where a quotation closes on it (R65-4)', () => {
  it("keeps the writer's own unknown", () => {
    expect(shapes('Officials said the road would reopen soon, but nobody could say when.')).toContain('unclear');
    expect(shapes('Police said the suspect had fled, and no one can tell us why.')).toContain('unclear');
  });

  it("drops the speaker's complaint", () => {
    expect(shapes("'Nobody can tell us why,' said a trader on the quay.")).not.toContain('unclear');
  });
});

describe('a capital in any script opens a name (R65-9)', () => {
  it('takes no word after an accented capital as a name of its own', () => {
    const words = properWordsOf(['Fans in Östra Vänersborg cheered the team.'], [], new Set());
    expect(words).toBeInstanceOf(ProperWords);
    expect(words instanceof ProperWords && words.heads.has('Vänersborg')).toBe(false);
  });
});
