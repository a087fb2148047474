import { describe, expect, it } from 'vitest';
import { britishStyle } from '../../src/eval/house-styles';
import { isUnprintable, normTokens, speakerOk } from '../../src/eval/score-attribution';

// The definitions of ../shared/eval/score.py, which the hidden test uses.
describe('score.py definitions', () => {
  it('matches speakers by surname, whole name, or a shared long word of an organisation', () => {
    expect(speakerOk('Robert M. Danin', 'Danin')).toBe(true);
    expect(speakerOk('Mr. Obama', 'Barack Obama')).toBe(true);
    expect(speakerOk('the Security Council', 'The United Nations Security Council')).toBe(true);
    expect(speakerOk('he', 'Obama')).toBe(false);
    expect(speakerOk(null, 'Obama')).toBe(false);
    expect(speakerOk('Hillary Clinton', 'Bill Clinton')).toBe(true); // surname only: the metric's limit
  });

  it('counts bare titles and names cut at an initial as unprintable', () => {
    for (const name of ['Mr', 'Rep.', 'Sen', 'Robert M', "Editor's"]) expect(isUnprintable(name)).toBe(true);
    for (const name of ['Robert M. Danin', 'G.K. Butterfield', 'the Rev. Peter Wherry'])
      expect(isUnprintable(name)).toBe(false);
  });

  it('tokenises like score.py (possessives dropped, dots split)', () => {
    expect(normTokens('Trump’s U.S. plan')).toEqual(['trump', 'u', 's', 'plan']);
  });

  it('rewrites double quotes as single ones, same length', () => {
    const text = '"It\'s here," she said. \u201cYes.\u201d';
    const british = britishStyle(text);
    expect(british).toBe("'It's here,' she said. \u2018Yes.\u2019");
    expect(british.length).toBe(text.length);
  });
});
