import { describe, expect, it } from 'vitest';
import { saysOnlyThat } from '../../src/app/says-only-that';

describe('saysOnlyThat', () => {
  it('joins a plain statement to "that", lowering only a word that is never a name', () => {
    expect(saysOnlyThat('The figure will not be released.')).toBe('It says only that the figure will not be released.');
    expect(saysOnlyThat('Earlier in the day, the mayor spoke.')).toBe(
      'It says only that earlier in the day, the mayor spoke.',
    );
    expect(saysOnlyThat('Mayor Ruth Okafor declined to comment.')).toBe(
      'It says only that Mayor Ruth Okafor declined to comment.',
    );
    expect(saysOnlyThat('eBay   said nothing.')).toBe('It says only that eBay said nothing.');
  });

  it('keeps a name that starts with an opener word as written', () => {
    expect(saysOnlyThat('Under Armour reported a loss of $2m.')).toBe(
      'It says only that Under Armour reported a loss of $2m.',
    );
    expect(saysOnlyThat('Three Mile Island will close in 2019.')).toBe(
      'It says only that Three Mile Island will close in 2019.',
    );
    expect(saysOnlyThat('No. 10 declined to comment.')).toBe('It says only that No. 10 declined to comment.');
    expect(saysOnlyThat('A.J. Styles said nothing.')).toBe('It says only that A.J. Styles said nothing.');
    expect(saysOnlyThat('Three councillors voted against.')).toBe('It says only that three councillors voted against.');
  });

  it('drops a connective that only made sense after the sentence before it', () => {
    expect(saysOnlyThat('However, the council published the letter.')).toBe(
      'It says only that the council published the letter.',
    );
    expect(saysOnlyThat('In addition, Harbour Lines sold two ferries.')).toBe(
      'It says only that Harbour Lines sold two ferries.',
    );
    expect(saysOnlyThat('Still, USA Today printed it.')).toBe('It says only that USA Today printed it.');
    expect(saysOnlyThat('And yet, the council said nothing.')).toBe('It says only that the council said nothing.');
  });

  it('shows a sentence that opens with speech or asks a question whole, after a colon', () => {
    expect(saysOnlyThat('"We will appeal," the union said.')).toBe(
      'The closest it comes: "We will appeal," the union said.',
    );
    expect(saysOnlyThat('However, “no deal yet,” she said.')).toBe(
      'The closest it comes: However, “no deal yet,” she said.',
    );
    expect(saysOnlyThat('Who pays for the repairs?')).toBe('The closest it comes: Who pays for the repairs?');
  });
});
