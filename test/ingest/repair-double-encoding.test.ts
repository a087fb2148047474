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
    // A byte lost on the way ("naÃ ̄ve"): no guess is made.
    'naÃ ̄ve',
  ])
    expect(repairDoubleEncoding(valid)).toEqual({ text: valid, repaired: 0 });
});
