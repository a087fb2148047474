import { expect, it } from 'vitest';
import { repairDoubleEncoding } from '../../src/ingest/repair-double-encoding';

// Session 42: the repair's reading, on invented words. A run is repaired only when its Windows-1252 bytes are UTF-8.
it('repairs double-encoded words, one count per character restored', () => {
  expect(repairDoubleEncoding('SÃ©golÃ¨ne said she donâ€™t pay Â£5')).toEqual({
    text: 'Ségolène said she don’t pay £5',
    repaired: 4,
  });
  // Encoded twice over, it is read twice.
  expect(repairDoubleEncoding('the realÃ¢â‚¬â„¢s cost').text).toBe('the real’s cost');
});

it('control: valid copy and a run that no longer decodes are left exactly as written', () => {
  for (const valid of [
    'François café naïve Côte d’Ivoire « bien » — “quoted”',
    'Zażółć gęślą jaźń w Łodzi',
    'Η Ελένη είπε ότι θα έρθει',
    'Fans cheered 👍🏽 at £5 a ticket, 10°C, ½ price',
    // A byte lost on the way (replaced by "?"): no guess is made.
    'naÃ?ve',
  ])
    expect(repairDoubleEncoding(valid)).toEqual({ text: valid, repaired: 0 });
});

// Session 43: copy double-encoded and then normalised (NFKC writes "¯" as a space and a combining macron) read
// "naÃ ̄ve"; the spaced mark is read back as its character, and the run decodes as any other.
it('repairs a double-encoded run that a normalising step split with a spaced mark', () => {
  expect(repairDoubleEncoding('a naÃ ̄ve crÃ ̈me at the CÃ ́te with SÃ ̧ren, â€ ̃quotedâ€™')).toEqual({
    text: 'a naïve crème at the Côte with Søren, ‘quoted’',
    repaired: 6,
  });
});

it('control: a real name with "Ã" and valid copy with spaced marks, normalised or not, are left as written', () => {
  for (const valid of [
    'JOÃO PESSOA and SÃO TOMÉ, said Conceição Simões in São Paulo',
    'A naïve crème at the Côte with Søren Ørsted'.normalize('NFKC'),
    'The accent ´ and the macron ¯ over a space'.normalize('NFKC'),
    // A spaced mark after a letter whose bytes are no UTF-8 once read back, or UTF-8 of another script ("´" written
    // for an apostrophe after "ß" reads as NKo "ߴ"): no guess is made.
    'café ́ and ÉTÉ ̈',
    'Gauß´s law'.normalize('NFKC'),
  ])
    expect(repairDoubleEncoding(valid)).toEqual({ text: valid, repaired: 0 });
});
