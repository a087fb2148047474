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

  it('drops a connective that only made sense after the sentence before it', () => {
    expect(saysOnlyThat('However, the council published the letter.')).toBe(
      'It says only that the council published the letter.',
    );
    expect(saysOnlyThat('In addition, Harbour Lines sold two ferries.')).toBe(
      'It says only that Harbour Lines sold two ferries.',
    );
    expect(saysOnlyThat('Still, USA Today printed it.')).toBe('It says only that USA Today printed it.');
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
