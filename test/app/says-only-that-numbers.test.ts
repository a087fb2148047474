import { describe, expect, it } from 'vitest';
import { saysOnlyThat } from '../../src/app/says-only-that';

// Review s42: "It says only that Ninety-one pupils …" kept a sentence-opening capital mid-sentence. A spelled number
// before a lower-case word is never a name there. Composed copy.
describe('a spelled number opening the sentence', () => {
  it('is lowered after "It says only that"', () => {
    expect(saysOnlyThat('Ninety-one pupils were due to travel on the ferry.')).toBe(
      'It says only that ninety-one pupils were due to travel on the ferry.',
    );
    expect(saysOnlyThat('Hundreds of residents signed the petition.')).toBe(
      'It says only that hundreds of residents signed the petition.',
    );
    expect(saysOnlyThat('Twelve councillors voted against the deal.')).toBe(
      'It says only that twelve councillors voted against the deal.',
    );
  });

  it('control: a name made of number words keeps its capitals', () => {
    expect(saysOnlyThat('Four Seasons Hotels declined to comment.')).toBe(
      'It says only that Four Seasons Hotels declined to comment.',
    );
    expect(saysOnlyThat('Ninety-One Club members met on Monday.')).toBe(
      'It says only that Ninety-One Club members met on Monday.',
    );
  });
});
