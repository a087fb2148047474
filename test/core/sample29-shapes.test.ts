import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { denial } from '../../src/core/denial-question';
import { investigation } from '../../src/core/investigation-question';
import { hedged, type PhraseContext } from '../../src/core/phrase-question';
import { schedule } from '../../src/core/schedule-question';
import { singleSource } from '../../src/core/single-source';
import { contested } from '../../src/core/source-questions';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * The shapes hand-read sample 29 found (docs/hand-read-questions.md, "Sample 29", engine 51), each in copy written for
 * the test, in more than one house style: an "according to" source inside a dashed aside (#3), a denier that is a
 * relative clause's head (#45), rumour or speculation asked as "Can it be confirmed that <the clause around it>" (#10,
 * #25, #43), an inquiry only asked for asked what it will find (#14), a decision made or failed asked as one to come
 * (#8), and a lone surname's role read off another namesake's apposition (who-is-who #16). Two more from the corpus
 * run: "Others argue" asked as "Is Others right" and a capitalised plural given "Is".
 */

const names = new Set(['Ellen', 'Park', 'Kerr', 'Harbour', 'Foods']);

function context(text: string): PhraseContext {
  return { text, actor: null, mainActor: null, properWords: names };
}

describe('an "according to" source closed by a dash shows the passage (#3)', () => {
  it.each([
    // A hyphen typed as a dash (the Post's and the Times's PolNeAR copy), an em dash (British papers), a double hyphen.
    'Most of the drivers - about 300, according to union organiser Dave Kerr - will strike on Monday.',
    'Most of the drivers — about 300, according to union organiser Dave Kerr — will strike on Monday.',
    'Turnout -- nearly 60 percent, according to county election officials -- was the highest in decades.',
  ])('"%s"', (text) => {
    expect(singleSource(context(text))).toBeNull();
  });

  it.each([
    // Controls: a dashed aside elsewhere in the sentence, and a source with its apposition closing the sentence.
    [
      'Turnout - the highest in decades - rose sharply in the north, according to county election officials.',
      'Can anyone besides county election officials confirm that turnout rose sharply in the north?',
    ],
    [
      'Turnout rose sharply in the northern wards, according to Dave Kerr, the union organiser.',
      'Can anyone besides Dave Kerr confirm that turnout rose sharply in the northern wards?',
    ],
  ])('control: "%s"', (text, expected) => {
    expect(singleSource(context(text))).toBe(expected);
  });
});

describe('a denier holding a relative clause shows the passage (#45)', () => {
  it.each([
    'The mayor said the tender had been rigged, a charge that the harbour board strongly denied on Friday.',
    'Ellen Park called the audit a whitewash, an accusation which city officials have flatly denied.',
  ])('"%s"', (text) => {
    expect(denial(context(text))).toBeNull();
  });

  it.each([
    [
      'The harbour board denied claims that it had cut 200 jobs at the depot.',
      'Is there evidence that the harbour board had cut 200 jobs at the depot, which it denies?',
    ],
    [
      'Council leaders denied that the depot would close before the election.',
      'Will the depot close before the election, despite the denial by council leaders?',
    ],
  ])('control: "%s"', (text, expected) => {
    expect(denial(context(text))).toBe(expected);
  });
});

describe('rumour and speculation are no hedge on the clause around them (#10, #25, #43)', () => {
  it.each([
    'Shares in Harbour Foods rose 4% on speculation that a rival could bid for the firm.',
    "The ferry's sailings won't resume until June, and the speculation rages.",
    'The mayor moved quickly to shut off speculation about a cabinet reshuffle on Tuesday.',
    'The senator declined to speculate on a backup plan if the bill fails, adding that he would be away that week.',
  ])('"%s" shows the passage', (text) => {
    expect(hedged(context(text))).toBeNull();
  });

  it.each([
    // Controls: a hedging adverb, with or without speculation beside it, and speculation as a source's verb.
    [
      'The council has reportedly cut 200 jobs at the depot since the spring.',
      'Can it be confirmed that the council has cut 200 jobs at the depot since the spring?',
    ],
    [
      'The striker was reportedly paid £2m last season amid speculation about his future.',
      'Can it be confirmed that the striker was paid £2m last season?',
    ],
    [
      'Critics speculate that prices will rise again next year.',
      'Are critics right that prices will rise again next year?',
    ],
  ])('control: "%s"', (text, expected) => {
    expect(hedged(context(text))).toBe(expected);
  });
});

describe('who argues is someone to ask, and the verb agrees with them as printed', () => {
  it('"Others argue …" shows the passage', () => {
    expect(contested(context('Others argue that the fares should be frozen for another year.'))).toBeNull();
  });

  it('"Firms argue …" asks "Are firms right"', () => {
    expect(contested(context('Firms argue that the new levy will cost jobs at the port.'))).toBe(
      'Are firms right that the new levy will cost jobs at the port?',
    );
  });

  it.each([
    [
      'Critics argue that the new levy will cost jobs at the port.',
      'Are critics right that the new levy will cost jobs at the port?',
    ],
    [
      'The trust argues that the new levy will cost jobs at the port.',
      'Is the trust right that the new levy will cost jobs at the port?',
    ],
  ])('control: "%s"', (text, expected) => {
    expect(contested(context(text))).toBe(expected);
  });
});

describe('an inquiry only asked for is not asked what it will find (#14)', () => {
  it.each([
    'The opposition leader on Monday requested an independent inquiry into the ferry contract.',
    'Campaigners have called for a public inquiry into the fire at the tower block.',
    'Senators demanded yet another investigation of the agency -- this one into its hiring.',
  ])('"%s" shows the passage', (text) => {
    expect(investigation(context(text))).toBeNull();
  });

  it('control: an inquiry launched', () => {
    expect(investigation(context('Police have launched an investigation into the fire at the tower block.'))).toBe(
      'What will the investigation into the fire at the tower block find, and when?',
    );
  });
});

describe('a decision made or failed is not asked as one to come (#8)', () => {
  it.each([
    'A divided appeals court failed to reach a decision on the ferry contract on Thursday.',
    'On Monday the board reached a final decision on the future of the depot.',
  ])('"%s" shows the passage', (text) => {
    expect(schedule(context(text))).toBeNull();
  });

  it('control: a decision still to be made', () => {
    expect(schedule(context('The board will make a final decision on the future of the depot in May.'))).toBe(
      'Will the board make a final decision on the future of the depot in May?',
    );
  });
});

describe("a lone surname's role is not read off another namesake's apposition (who-is-who #16)", () => {
  const roles = (text: string) =>
    Object.fromEntries(whoIsWho(analyzeArticle(text)).people.map((p) => [p.name, p.role]));

  it.each([
    `Bus crash injures teenager on Mill Road

Daniel Okoro, 17, was hurt when a bus mounted the pavement on Mill Road on Friday. Grace Okoro, Daniel's mother, said the junction had been dangerous for years.

"We warned the council twice," Okoro said. Daniel Okoro is expected to leave hospital next week.`,
    `Teen hurt in Dayton crosswalk crash; family wants a signal

DAYTON, Ohio (AP) -- Daniel Okoro, 16, was struck by a pickup truck in a crosswalk downtown on Friday. Grace Okoro, Daniel's mother, told reporters the family has asked the city for a traffic signal since 2019.

"Nobody listened to us," Okoro said Saturday. Daniel Okoro was listed in stable condition.`,
  ])('the mother keeps her role and her son gets none', (text) => {
    expect(roles(text)).toEqual({ 'Daniel Okoro': null, 'Grace Okoro': "Daniel's mother" });
  });

  it("control: the lone surname's own apposition is his", () => {
    const text = `Bus crash injures teenager on Mill Road

Daniel Okoro, 17, was hurt when a bus mounted the pavement on Mill Road on Friday. Okoro, a keen cyclist, said he had not seen the bus.

"I never saw it coming," Okoro said. His mother, Grace Okoro, said the junction had been dangerous for years.`;
    expect(roles(text)['Daniel Okoro']).toBe('keen cyclist');
  });
});
