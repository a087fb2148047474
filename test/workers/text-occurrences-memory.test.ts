import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// In test/workers, not test/core: it starts a child process, which the clock-free engine folders may not
// (test/ci/clock-free-tests.test.ts).

/** What four long copies' indexes hold a character, measured in a child process that may switch `gc` on. */
function heldPerCharacter(firstSeed: number, asks: number): { characters: number; perCharacter: number } {
  const script = new URL('../support/held-per-character.ts', import.meta.url).pathname;
  const out = execFileSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', script, String(firstSeed), String(asks)],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as { characters: number; perCharacter: number };
}

describe('textOccurrences memory', () => {
  it("holds a long copy's index in a few bytes a character, not in arrays of numbers (a 1 MB article keeps two)", () => {
    const { characters, perCharacter } = heldPerCharacter(1, 1);
    expect(characters).toBeGreaterThan(800_000);
    // Four bytes a position and the pieces' table (~4.5 in all); arrays of numbers held ~9.6.
    expect(perCharacter).toBeLessThan(6.5);
  });

  it('holds nothing more for a long copy asked about only once, which is scanned, not indexed (control)', () => {
    expect(heldPerCharacter(5, 0).perCharacter).toBeLessThan(0.5);
  });
});
