import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// In test/workers, not test/core: it starts a child process, which the clock-free engine folders may not
// (test/ci/clock-free-tests.test.ts).

/** What reading a long copy's titles outside its quotations holds a character, in a child process with `gc` on. */
function heldPerCharacter(quoted: boolean): { characters: number; perCharacter: number } {
  const script = new URL('../support/held-by-blanked-reads.ts', import.meta.url).pathname;
  const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, quoted ? '1' : '0'], {
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop()!) as { characters: number; perCharacter: number };
}

describe('reads of a long copy with its quotations blanked (review 51, B-r51-9)', () => {
  it("build no index of the blanked copy: the copy's own index finds the names", () => {
    const { characters, perCharacter } = heldPerCharacter(true);
    expect(characters).toBeGreaterThan(200_000);
    // An index of the blanked copy held ~4.5 bytes a character.
    expect(perCharacter).toBeLessThan(1.5);
  });

  it('hold nothing more for a copy with no quotation, whose blanked copy is the copy itself (control)', () => {
    expect(heldPerCharacter(false).perCharacter).toBeLessThan(1.5);
  });
});
