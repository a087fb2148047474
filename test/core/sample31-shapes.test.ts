import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { nameFirstWord } from '../../src/core/name-first-word';
import { hedged } from '../../src/core/phrase-question';
import { subjectlessClause } from '../../src/core/subjectless-clause';

/**
 * The shapes session 35 fixed by construction (docs/hand-read-questions.md, "Sample 31"; the review's B-q47-1,
 * B-main-61 and the contested template's premodifier), each in copy written for the test, in more than one house
 * style. It imports analyzeArticle and modules main has, so every case runs on main too; the new modules' unit checks
 * are in sample31-units.test.ts (review s35 B-sample31-5).
 */

function questionsOf(body: string): { kind: string; text: string }[] {
  return analyzeArticle(`Council news in brief\n\nThe meeting was held on Monday. ${body}`).questions.map((q) => ({
    kind: q.kind,
    text: q.text,
  }));
}
const textsOf = (body: string): string[] => questionsOf(body).map((q) => q.text);

describe('a plural of a common noun loses its sentence capital (B-q47-1)', () => {
  it.each([
    // British copy: a word whose capitalised sense is one place (the French region "Centre").
    [
      'Centres will close on Sundays from next month, the council said.',
      'Will centres close on Sundays from next month?',
    ],
    // US copy: a word whose capitalised sense is one person (the writer Norman Mailer).
    ['Mailers will go out to every household next week.', 'Will mailers go out to every household next week?'],
    // A person noun WordNet capitalises but derives from a lower-case noun ("jihad").
    [
      'Jihadists held in the camps will be returned to France next year.',
      'Will jihadists held in the camps be returned to France next year?',
    ],
  ])('"%s"', (body, expected) => {
    expect(textsOf(body)).toContain(expected);
  });

  it('controls: a party or faith keeps its capital, a plain plural is lowered as before', () => {
    expect(textsOf('Democrats will vote on the measure next week.')).toContain(
      'Will Democrats vote on the measure next week?',
    );
    expect(textsOf('Christians will gather in the square next week.')).toContain(
      'Will Christians gather in the square next week?',
    );
    expect(textsOf('Libraries will shut on weekends starting in June.')).toContain(
      'Will libraries shut on weekends starting in June?',
    );
    expect(nameFirstWord('Hughes')).toBe(true);
    expect(nameFirstWord('Tories')).toBe(true);
  });
});

describe('a described speaker loses the sentence capital of its premodifier (the contested template)', () => {
  it.each([
    [
      'The mayor backs the plan. County officials, however, argue that the new limits will cost jobs.',
      'Are county officials right that the new limits will cost jobs?',
    ],
    [
      'The minister backs the scheme. Health officials, however, argue that the scheme will cost too much.',
      'Are health officials right that the scheme will cost too much?',
    ],
  ])('"%s"', (body, expected) => {
    expect(textsOf(body)).toContain(expected);
  });

  it('control: a place name before the noun keeps its capital', () => {
    expect(
      textsOf('The governor backs the plan. Texas officials, however, argue that the new limits will cost jobs.'),
    ).toContain('Are Texas officials right that the new limits will cost jobs?');
  });
});

describe('a claim summed up as a figure another party disputes (B-main-61)', () => {
  it.each([
    // British copy, a union's count; US copy, residents' and tenants' figures.
    [
      'The union claims that 120 posts will go, a number the trust disputes.',
      'Is there evidence that 120 posts will go, which the trust disputes?',
    ],
    [
      'Residents claim that 40 trees were felled, a figure the developer has disputed.',
      'Is there evidence that 40 trees were felled, which the developer has disputed?',
    ],
    [
      'Tenants claim that rents rose by $300 a month, an amount the landlord rejects.',
      'Is there evidence that rents rose by $300 a month, which the landlord rejects?',
    ],
  ])('"%s" is disputed, its second side out of the claim', (body, expected) => {
    expect(questionsOf(body)).toContainEqual({ kind: 'disputed', text: expected });
  });

  it('a denial the same way: the claim is the reported clause, not "a sum the council"', () => {
    expect(textsOf('Critics claim that the council spent £2m on the scheme, a sum the council denies.')).toContain(
      'Is there evidence that the council spent £2m on the scheme, which the council denies? (Critics)',
    );
    expect(textsOf('The airline says fares will rise by 10%, a claim the regulator denies.')).toContain(
      'Is there evidence that fares will rise by 10%, which the regulator denies? (the airline)',
    );
  });

  it('control: an appositive that disputes nothing stays in the claim, which stays unverified', () => {
    expect(
      questionsOf('Campaigners claim that 3,000 homes will be flooded, a figure that is double last year’s.'),
    ).toContainEqual({
      kind: 'unverified',
      text: 'Is it true that 3,000 homes will be flooded, a figure that is double last year’s?',
    });
  });
});

describe('a verb before its subject opens no clause (sample 31 #17)', () => {
  it.each([
    'Then comes the crucial March 8 vote in Ohio — where Smith and her aides believe they can beat Jones.',
    'Then came a string of defeats in the south — where Smith and her aides believed they would win.',
  ])('"%s" is shown as its passage', (body) => {
    const texts = textsOf(body);
    expect(texts.some((t) => /confirm that (?:comes|came)\b/.test(t))).toBe(false);
    expect(texts.some((t) => t.startsWith('Unverified: “Then c'))).toBe(true);
  });

  it('a frame around a verb and a determiner is subjectless', () => {
    expect(subjectlessClause('Can a named source confirm that comes the vote in March?', '')).toBe(true);
  });

  it('control: a clause with its subject first is kept', () => {
    expect(subjectlessClause('Can a named source confirm that the vote comes in March?', '')).toBe(false);
  });
});

describe('a lead-in ending on its verb and a colon asks nothing (sample 31 #47)', () => {
  it.each([
    "The mayor disagrees with the plan. Jones, the charity's director, argued that:\n\n- Only 300 refugees have arrived in the past four years, and most are children.\n\n- The checks take two years.",
    "The mayor disagrees with the plan. The council's auditor, Ann Reid, insisted that:\n\n* The accounts were signed off in May.\n\n* No money is missing.",
  ])('"%s"', (body) => {
    expect(textsOf(body).some((t) => /that:”/.test(t))).toBe(false);
  });

  it('control: a claim that goes on after its colon is still asked', () => {
    expect(
      textsOf(
        "The mayor disagrees with the plan. Jones, the charity's director, argued that the checks take two years: far longer than the minister claims.",
      ),
    ).toHaveLength(1);
  });
});

describe('a hedging noun after the clause asked doubts only its own phrase (sample 31 #15)', () => {
  const asked = (text: string) => hedged({ text, actor: null, mainActor: null, properWords: new Set() });

  it.each([
    // US copy, a plain past; British copy, a day and a broadcaster.
    "Jones appeared on two radio phone-ins on Sunday amid news reports that question his account of the council's spending, ranging from claims of a hidden fund to a missing grant.",
    'Smith gave interviews to three networks on Tuesday amid press reports that challenge her version of the contract award.',
  ])('"%s" is shown as its passage', (text) => {
    expect(asked(text)).toBe(null);
  });

  it('controls: a hedge before the clause or inside it still asks', () => {
    expect(asked('Reports say the relief effort has stalled in the north of the county and aid has not arrived.')).toBe(
      'Can it be confirmed that the relief effort has stalled in the north of the county and aid has not arrived?',
    );
    expect(
      asked(
        'The relief effort has reportedly stalled in the north of the county, leaving hundreds of families without water.',
      ),
    ).toBe('Can it be confirmed that the relief effort has stalled in the north of the county?');
  });
});
