import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { argumentKind } from '../../src/core/argument-kind';

/**
 * kind50 (issue 13): a plan the writer names as a noun ("attacked the Treasury's plan to …") or an intent told as a
 * purpose or a past act ("rules intended to cap …") in a sentence that does not look ahead is narration, shown as its
 * passage with the default kind, not as pending. The subject's own intention ("The council plans to …", "said she
 * intended to …"), "no plans to", a sentence with a modal or a date to come, and a question asked of the plan stay
 * pending. Copy written for the test, US and British styles.
 */
const passageKind = (text: string) => argumentKind('pending', 'plan', text, '', true);

describe('a named plan in narration is not pending', () => {
  it.each([
    "At a diner in Keene on Thursday, the senator took aim at the governor's plan to lease the state's toll roads.",
    'She and a former Treasury lawyer outlined a plan to audit the pension fund every two years.',
    'The campaign video shows the mayor defending his plan to close three fire stations.',
    'Speaking in Leeds on Tuesday, the shadow chancellor attacked the Treasury’s plan to sell off the Royal Mail shares.',
    'Campaigners criticised the council’s plans to build 400 homes on the green belt at a packed meeting.',
    'The levy was intended to drive diesel buses off the high street, but the council dropped it in March.',
    'Her spokesman later explained that the senator misspoke and intended to say the bill had passed.',
    'Parents were angry that the board was weakening rules intended to cap class sizes.',
  ])('%s', (text) => {
    expect(passageKind(text)).toBe('unverified');
  });

  it('reads thousands of repeated plans in one pass', () => {
    expect(passageKind(`${'She mocked the plan to tax boats, '.repeat(3000)}and left.`)).toBe('unverified');
  });

  it('the whole engine labels the passage so', () => {
    const article = [
      'Toll road row',
      '',
      "At a diner in Keene on Thursday, the senator took aim at the governor's plan to lease the state's toll roads to a private operator.",
      '',
      'The diner was full.',
    ].join('\n');
    const shown = analyzeArticle(article).questions.filter((q) => /toll roads/.test(q.text));
    expect(shown.length).toBeGreaterThan(0);
    for (const q of shown) expect(q.kind).toBe('unverified');
  });
});

describe('controls: an intention or a plan still to come stays pending', () => {
  it('keeps every such passage pending', () => {
    const kept = [
      'The county council plans to close three libraries.',
      'The Treasury plans to sell the remaining Royal Mail shares.',
      'The party has no plans to change its leader before the conference.',
      "The mayor's plan to close three fire stations goes to a vote next month.",
      'Ministers may yet abandon the council’s plan to build 400 homes.',
      'His campaign plans to air the advert across Iowa.',
      'Residents in Hove said they planned to object to the scheme.',
      'The senator said she intended to take a week off and then return to the trail.',
      'The chief executive told staff Mrs Patel intended to stay on as chair.',
    ];
    expect(kept.map(passageKind)).toEqual(kept.map(() => 'pending'));
  });

  it('a question asked of the plan keeps its kind', () => {
    const text = "The senator took aim at the governor's plan to lease the state's toll roads.";
    expect(argumentKind('pending', 'plan', text, '', false)).toBe('pending');
  });
});
