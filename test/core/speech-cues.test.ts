import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/clean-article';
import { quoteSpeakerInputs } from '../../src/core/quote-speaker-inputs';
import { CONSTRUCTION_FEATURES } from '../../src/core/speaker-constructions';
import { FEATURE_NAMES } from '../../src/core/speaker-feature-names';
import { cueAfter, cueBefore, cueRate, cueRates } from '../../src/core/speech-cues';
import { splitSentences } from '../../src/core/split-sentences';

describe('learned speech cues', () => {
  it('weighs words by how often annotators marked them as cues', () => {
    expect(cueRate('said')).toBeGreaterThan(0.8);
    expect(cueRate('Said')).toBe(cueRate('said'));
    // Uncommon speech verbs count, though less than "said"; words that are rarely cues barely do.
    expect(cueRate('interjected')).toBeGreaterThan(0.3);
    expect(cueRate('released')).toBeLessThan(cueRate('told'));
    expect(cueRate('table')).toBe(0);
    for (const verb of ['called', 'argued', 'dismissed', 'mocked']) expect(cueRate(verb)).toBeGreaterThan(0.5);
  });

  it('gives no rate to words that name Object.prototype members', () => {
    for (const word of ['constructor', 'Constructor', '__proto__']) expect(cueRate(word)).toBe(0);
    // Where a rate is read in a sentence, the member is no number to compare with.
    const text = 'Smith constructor praised';
    expect(cueAfter(text, 'Smith'.length, text.length)).toBeCloseTo(cueRate('praised'));
  });

  it('reads the verb after a name past an appositive, a party tag and auxiliaries', () => {
    const text = 'Trump, who has a commanding lead in delegates, mocked Rubio';
    expect(cueAfter(text, 'Trump'.length, text.length)).toBeCloseTo(cueRate('mocked'));
    const tagged = 'Sen. Bernie Sanders (I-Vt.) has also argued that';
    expect(cueAfter(tagged, 'Sen. Bernie Sanders'.length, tagged.length)).toBeCloseTo(cueRate('argued'));
    const both = 'Roy Cooper (D), the attorney general, called for the tapes';
    expect(cueAfter(both, 'Roy Cooper'.length, both.length)).toBeCloseTo(cueRate('called'));
    const place = 'Gov. Earl Ray Tomblin of West Virginia argued the case';
    expect(cueAfter(place, 'Gov. Earl Ray Tomblin'.length, place.length)).toBeCloseTo(cueRate('argued'));
    const manner = 'Gingrich cynically dismissed Estonia';
    expect(cueAfter(manner, 'Gingrich'.length, manner.length)).toBeCloseTo(cueRate('dismissed'));
    const plain = 'Kasich visited a diner in Windham';
    expect(cueAfter(plain, 'Kasich'.length, plain.length)).toBeLessThan(0.2);
  });

  it('stops at a quotation mark and at the limit it is given', () => {
    const text = 'Obama “said so” later';
    expect(cueAfter(text, 'Obama'.length, text.length)).toBe(0);
    const cut = 'Obama, on Tuesday, said';
    expect(cueAfter(cut, 'Obama'.length, 'Obama, on Tuesday,'.length)).toBe(0);
  });

  it('reads the cue right before a name, not one across a comma', () => {
    const text = 'the plan is dead,” said Mitch McConnell';
    expect(cueBefore(text, text.indexOf('Mitch'))).toBeCloseTo(cueRate('said'));
    const across = 'as they said, Mitch McConnell';
    expect(cueBefore(across, across.indexOf('Mitch'))).toBe(0);
  });

  it('read the table they are given, so a cross-validation fold can use rates learned without it', () => {
    const text = 'Smith mocked the plan, said Jones';
    const own = cueRates({ mocked: 0.25, said: 0.5 });
    expect(cueAfter(text, 'Smith'.length, text.length, own)).toBe(0.25);
    expect(cueBefore(text, text.length - 'Jones'.length, own)).toBe(0.5);
    expect(cueAfter(text, 'Smith'.length, text.length, cueRates({}))).toBe(0);
    // Without a table, the shipped one.
    expect(cueAfter(text, 'Smith'.length, text.length)).toBe(cueRate('mocked'));
  });

  it('reach the speaker features through the inputs’ options, the shipped table by default', () => {
    const sentences = splitSentences(
      cleanArticle('Headline\n\nThe vote was close. "We will win this seat," Jaime Harrison said on Monday.', {}),
    );
    const cue = (options: Parameters<typeof quoteSpeakerInputs>[1]): number => {
      const [input] = quoteSpeakerInputs(sentences, options).filter((i) => i.candidates.length > 0);
      const at = FEATURE_NAMES.indexOf(CONSTRUCTION_FEATURES[6]);
      return input!.candidates[0]!.features[at]!;
    };
    expect(cue({})).toBe(cueRate('said'));
    expect(cue({ cues: cueRates({ said: 0.5 }) })).toBe(0.5);
    expect(cue({ cues: cueRates({}) })).toBe(0);
  });
});
