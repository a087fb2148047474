import { describe, expect, it } from 'vitest';
import { speakerOk } from '../../src/eval/score-attribution';
import { frontierRows } from '../../src/train/choose-speaker-thresholds';
import { type Decision, judgedStrictly, tallyAt } from '../../src/train/speaker-tally';
import { strictSpeakerOk } from '../../src/train/strict-speaker-ok';

describe('the strict judge the speaker trainer reports CV by', () => {
  it('counts the principal wrong for an aide’s words, which score.py’s judge counts right', () => {
    expect(speakerOk('Marta Delgado', 'a senior Delgado adviser')).toBe(true);
    expect(strictSpeakerOk('Marta Delgado', 'a senior Delgado adviser')).toBe(false);
    expect(strictSpeakerOk('Marta Delgado', "Delgado's campaign manager, Leo Fenn")).toBe(false);
  });

  it('agrees with score.py’s judge where the label names the speaker', () => {
    expect(strictSpeakerOk('Marta Delgado', 'Delgado')).toBe(true);
    expect(strictSpeakerOk('Marta Delgado', 'Sen. Marta Delgado')).toBe(true);
    expect(strictSpeakerOk('Leo Fenn', 'Delgado')).toBe(false);
  });
});

describe('the CV tally under the strict judge', () => {
  const decision = (name: 'right' | 'wrong', strict: 'right' | 'wrong'): Decision => ({
    chain: false,
    name,
    strict,
    speaker: 'Marta Delgado',
    best: 'Marta Delgado',
    confidence: 0.9,
    agrees: true,
    unnamed: false,
    shape: null,
  });

  it('counts wrong a name score.py accepts and the strict judge does not', () => {
    const decisions = [decision('right', 'wrong'), decision('right', 'right')];
    const at = { agree: 0.5, override: 0.5 };
    expect(tallyAt(decisions, at)).toMatchObject({ right: 2, wrong: 0 });
    expect(tallyAt(judgedStrictly(decisions), at)).toMatchObject({ right: 1, wrong: 1 });
  });

  it('writes each admitted pair’s CV tally under both judges (the trainer’s --frontier file)', () => {
    const sure = Array.from({ length: 20 }, () => decision('right', 'right'));
    const outOfFold = [decision('right', 'wrong'), decision('right', 'right')];
    const rows = frontierRows({ fit: sure, dev: sure, bbc: sure }, outOfFold, judgedStrictly(outOfFold));
    // A pair above the quotes' confidence (0.9) names no one on train: not admitted, no row.
    const parsed = rows.map((r) => JSON.parse(r));
    expect(parsed.length).toBeGreaterThan(0);
    expect(parsed.every((r) => r.agree <= 0.9)).toBe(true);
    const first = parsed[0];
    expect(first).toMatchObject({ agree: 0, override: 0, right: 2, wrong: 0, strict: { right: 1, wrong: 1 } });
  });
});
