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

// Session 43 (fix43f): Windows-1252 leaves five bytes undefined, so a decoder writes "\ufffd" for them ("â€\ufffd" for
// "”", whose last byte is 0x9D). The run is read back only when one reading lands in Windows-1252's repertoire.
it('reads back a character whose one lost byte leaves a single Windows-1252 candidate', () => {
  expect(repairDoubleEncoding('â€œItâ€™s fine,â€\ufffd she said of the CafÃ©.')).toEqual({
    text: '“It’s fine,” she said of the Café.',
    repaired: 4,
  });
});

it('control: a lost byte with several candidates, or a "\ufffd" the copy wrote, is not guessed', () => {
  for (const [given, read] of [
    // "Ã" + a lost byte: "Á", "Í", "Ï", "Ð" or "Ý"; "Å" + a lost byte: "Ł", "ō", "ŏ", "Ő" or "ŝ".
    ['naÃ\ufffdve and Å\ufffdÃ³dÅº', 'naÃ\ufffdve and Å\ufffdódź'],
    // A "\ufffd" after a run it does not complete stays, and the run is repaired as before.
    ['the cafÃ©\ufffd menu', 'the café\ufffd menu'],
    ['a caf\ufffd menu, “quoted”\ufffd', 'a caf\ufffd menu, “quoted”\ufffd'],
  ])
    expect(repairDoubleEncoding(given!).text).toBe(read);
});

// Two bytes read as UTF-8 can name a letter of another script; correct copy writes those bytes as a capital then a
// curly quote or "´" ("JOSÉ’s" reads as "JOSɒs", "Gauß´s" as NKo "Gauߴs"), so a two-byte reading stays Latin.
it('a capital before a curly quote or a "´" apostrophe is not read as another script', () => {
  for (const valid of ['JOSÉ’s café', 'the sign read “CAFÉ”', 'Gauß´s law', 'JOÃO PESSOA’s mayor'])
    expect(repairDoubleEncoding(valid)).toEqual({ text: valid, repaired: 0 });
});

it('still repairs double-encoded Latin Extended-A letters and three- or four-byte characters', () => {
  expect(repairDoubleEncoding('in Å‚Ã³dÅº â†’ Å’uvre ðŸ™‚').text).toBe('in łódź → Œuvre 🙂');
});
