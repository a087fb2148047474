import { describe, expect, it } from 'vitest';
import { followupFeatures } from '../../src/core/followup-features';
import { passageFeatures } from '../../src/core/passage-features';

const features = (text: string): string[] => followupFeatures(text, 3, 10);

describe('followupFeatures word classes', () => {
  it('reads a negation glued to its verb ("don\'t", "wasn’t") as negation', () => {
    expect(features("The senator said she doesn't know the donor.")).toContain('x:negation');
    expect(features('The mayor wasn’t told about the audit.')).toContain('x:negation:plain');
    expect(features('The mayor was told about the audit.')).not.toContain('x:negation');
  });

  it('reads first-person words that open a sentence ("Our", "My", "We")', () => {
    expect(features('Our plan cuts taxes for every family, the governor said.')).toContain('x:first-person');
    expect(features('My opponent has no plan, he said.')).toContain('x:first-person');
    expect(features('The governor said the plan cuts taxes.')).not.toContain('x:first-person');
  });

  it('reads a partisan source whatever its case ("Campaign officials", "democrats")', () => {
    expect(features('Campaign officials said the ad would run in Ohio.')).toContain('x:partisan');
    expect(features('Several democrats said the bill would fail.')).toContain('x:partisan');
    expect(features('The ad would run in Ohio.')).not.toContain('x:partisan');
  });

  it('adds the passage features it is given, once', () => {
    const [first] = passageFeatures(['Budget vote delayed again, council says.'], 'Council delays budget vote');
    expect(followupFeatures('Budget vote delayed again, council says.', 0, 1, undefined, first)).toContain(
      'p:headline:2+',
    );
  });
});

describe('passageFeatures', () => {
  it('bands how many of the headline’s words a sentence carries', () => {
    const texts = [
      'The council delayed the budget vote until March.',
      'The budget was drafted in the autumn.',
      'The park opened in 1990.',
    ];
    expect(passageFeatures(texts, 'Council delays budget vote')).toEqual([
      ['p:headline:2+'],
      ['p:headline:1'],
      ['p:headline:0'],
    ]);
  });
});
