import { describe, expect, it } from 'vitest';
import { ALL_KIND_GATES, KIND_GATES, type KindGate } from '../../src/core/kind-gates';
import { findCues } from '../../src/core/question-cues';
import { quotedOpinion } from '../../src/core/quoted-opinion';

/** Whether a cue of this shape (or kind) is read in the sentence under these gates. */
type Reader = (text: string, gates: readonly KindGate[]) => boolean;
const shape =
  (name: string): Reader =>
  (text, gates) =>
    findCues(text, '', gates).some((c) => c.shape === name);
const pending: Reader = (text, gates) => findCues(text, '', gates).some((c) => c.kind === 'pending');
/** A gate measured and not shipped, by name. */
const measured = (name: string): KindGate[] => ALL_KIND_GATES.filter((g) => g.name === name);

/** One gate: the sentences it lets through keep the cue; those it stops had it without the gate, and lose it. */
function bothSides(
  read: Reader,
  gates: readonly KindGate[],
  keep: { what: string; texts: string[] },
  drop: { what: string; texts: string[] },
) {
  it(`keeps ${keep.what}`, () => {
    for (const text of keep.texts) expect(read(text, gates), text).toBe(true);
  });
  it(`drops ${drop.what}`, () => {
    for (const text of drop.texts) {
      expect(read(text, []), text).toBe(true);
      expect(read(text, gates), text).toBe(false);
    }
  });
}

describe('a cue kind needs its evidence (kind-gates.ts)', () => {
  describe('disputed: a claim on record, not the writer narrating a conflict or a ruling', () => {
    bothSides(
      shape('challenge'),
      KIND_GATES,
      {
        what: 'a challenge with the challenger’s words, a claim challenged or the other party named',
        texts: [
          'The mayor rejected the claim that the budget was cut, saying the figures were wrong.',
          'Unions warned that hundreds of jobs would go.',
          'The scheme faced fierce opposition from local farmers.',
          'The minister dismissed the report as rubbish.',
          'Trump attacked the judge who ruled against him, calling the decision a disgrace.',
          'The judge dismissed the lawsuit, and the mayor attacked the ruling, saying it ignores the evidence.',
          'The board rejected the permit, and residents condemned the decision as a stitch-up.',
        ],
      },
      {
        what: 'a narrated act of conflict and a settled ruling',
        texts: [
          'The council leadership rebuffed the governor’s offer at a meeting this week.',
          'Khan rejected the developer’s offer on Tuesday.',
          'The tribunal rejected both appeals and ruled the contract valid.',
          'She has criticized the airline for cutting routes to the north.',
        ],
      },
    );
  });

  describe('disputed: a noun of conflict needs a claim after it, and a worry or a complaint is one on record', () => {
    bothSides(
      shape('challenge'),
      KIND_GATES,
      {
        what: 'a rejected worry and a complaint, both on record',
        texts: [
          'Supporters rejected the residents’ concerns about traffic.',
          'Ministers rejected the unions’ fears over job losses.',
          'The senator complained the governor had attacked her staff.',
          'Despite the opposition to the levy, the council approved it in March.',
        ],
      },
      {
        what: 'growing opposition and criticism the writer narrates, whose "as" opens a clause',
        texts: [
          'Opposition to the levy has grown as more towns have adopted it.',
          'Support for the scheme has faded, and opposition to it has grown as costs have risen.',
          'The director stepped down on Friday after months of criticism over the delays.',
        ],
      },
    );
  });

  describe('disputed: a contradiction found, not one avoided', () => {
    bothSides(
      shape('conflict'),
      KIND_GATES,
      {
        what: 'figures or a speaker that contradict a claim',
        texts: [
          'The council’s own figures contradict the mayor.',
          'After the minister said the depot was safe, the inspector contradicted him.',
          'The email appears to contradict the minister’s account of the sale.',
        ],
      },
      {
        what: 'the writer’s analysis of a contradiction dodged',
        texts: [
          'The plan lets the board delay the sale without having to contradict the mayor.',
          'The chairman chose his words to avoid contradicting the minister in public.',
        ],
      },
    );
  });

  describe('any kind: a saying is no claim', () => {
    bothSides(
      (text, gates) => findCues(text, '', gates).length > 0,
      KIND_GATES,
      {
        what: 'a rumour or hedge the story reports',
        texts: ['Traders sold on the rumour, analysts said.', 'The striker was reportedly paid £2m.'],
      },
      {
        what: 'a proverb tagged as one',
        texts: [
          'Never sell on the speculation, as the old saw goes.',
          'Buy the rumour, sell the news, as the saying goes.',
        ],
      },
    );
  });

  describe('disputed: a worry is no claim against a contrary (measured, not shipped)', () => {
    bothSides(
      shape('contested'),
      measured('voiced-worry'),
      {
        what: 'doubts and skepticism about a claim',
        texts: [
          'Economists expressed doubts that the plan would balance the budget.',
          'Analysts expressed skepticism about the forecast.',
        ],
      },
      {
        what: 'a concern about an outcome',
        texts: [
          'The union expressed concern that the depot could close within a year.',
          'Residents expressed concern that the new road could bring more traffic.',
        ],
      },
    );
  });

  describe('pending: a plan to come, not a platform (measured, not shipped)', () => {
    bothSides(
      shape('plan'),
      measured('platform-plan'),
      {
        what: 'a plan someone is to carry out',
        texts: ['The council plans to close the library next year.', 'There are plans to expand the depot.'],
      },
      {
        what: 'a possessive’s policy',
        texts: [
          'Voters asked how they would be helped by the senator’s plan to raise taxes.',
          'Her plan to increase federal investment in roads is popular with economists.',
        ],
      },
    );
  });

  describe('disputed: one side arguing needs a contrary in the sentence (measured, not shipped)', () => {
    bothSides(
      shape('contested'),
      measured('uncontested-argument'),
      {
        what: 'an argument set against another side',
        texts: [
          'The company argues that the rules hurt small firms, but regulators say the costs are modest.',
          'Critics contend that the tax is regressive, while ministers call it fair.',
        ],
      },
      {
        what: 'one side’s case alone',
        texts: [
          'The company argues that the rules hurt small firms.',
          'Supporters insist that the scheme saves money.',
        ],
      },
    );
  });

  describe('pending: an undecided event, not a standing rule', () => {
    bothSides(
      pending,
      KIND_GATES,
      {
        what: 'a duty with a time or deadline, or one still ahead',
        texts: [
          'Voters must decide whether the tax is worth it.',
          'The ministers must choose between the two bids.',
          'The panel must decide by Friday whether to renew the licence.',
          'The board should vote next week on the merger.',
          'The state legislature still has to vote on the plan.',
          'The mayor will have to choose a deputy.',
        ],
      },
      {
        what: 'a rule that holds every time',
        texts: [
          'Under party rules, delegates must vote for the candidate who won them.',
          'Council officers have to decide which applications get a second review.',
          'Officials now have to decide which applications get a second review.',
          'Low-paid workers have to decide whether they heat their homes or feed their children.',
        ],
      },
    );
  });

  describe('pending: an event someone waits on, not the writer’s own forecast (measured, not shipped)', () => {
    bothSides(
      pending,
      measured('writer-forecast'),
      {
        what: 'a forecast of a procedure, a dated one or one a source makes',
        texts: [
          'The court is likely to rule on the appeal.',
          'The strike is likely to end on Monday.',
          'The dispute is likely to spread to other ports, the union said.',
        ],
      },
      {
        what: 'the writer’s undated, unsourced forecast',
        texts: [
          'The dispute is likely to spread to other ports.',
          'As for the lead role, no one is likely to match the original.',
        ],
      },
    );
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
