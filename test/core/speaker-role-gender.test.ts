import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Session 50, fix50a (audit 51, B-a51-1): a "…," she says tag went to a man the copy itself marks male, by his role's
 * head noun ("Her brother, Anselm,") or by "His office said …" right after him. A named person now takes a gender from
 * the head noun of their role (head-gender.ts, the one list speaker-gender.ts reads too), and "His/Her <noun> said"
 * after a lone subject is the same evidence as a "he/she said" tag (tagged-gender.ts); a tag never resolves to a person
 * of the other gender. Copy written for the test.
 */
function quoteSpeakers(body: string): Array<string | null> {
  return analyzeArticle(`Lighthouse keeper stays on\n\n${body}`).quotes.map((q) => q.speaker);
}

describe("a role's head noun and a possessive tag give a named person a gender", () => {
  it('gives "she says" to the woman, not to her brother named after her', () => {
    const found = quoteSpeakers(
      'Ines Varga keeps the lighthouse on Skellan. Her brother, Anselm, left for the mainland in 1998. "The lamp was never his to keep," she says.',
    );
    expect(found).toEqual(['Ines Varga']);
  });

  it('control: "he says" after the brother still goes to him', () => {
    const found = quoteSpeakers(
      'Ines Varga keeps the lighthouse on Skellan. Her brother, Anselm, left for the mainland in 1998. "The lamp was never mine to keep," he says.',
    );
    expect(found).toEqual(['Anselm']);
  });

  it('leaves a "she said" unattributed after a man whose office spoke for him', () => {
    const found = quoteSpeakers(
      'The regional health chief, Oren Taaffe-Mbeki, toured the ward on Tuesday. His office said the lifts would be repaired by May. "We were ignored for a year," she said.',
    );
    expect(found).toEqual([null]);
  });

  it('control: a "he said" after his office still goes to him', () => {
    const found = quoteSpeakers(
      'The regional health chief, Oren Taaffe-Mbeki, toured the ward on Tuesday. His office said the lifts would be repaired by May. "We were not ignored," he said.',
    );
    expect(found).toEqual(['Oren Taaffe-Mbeki']);
  });
});
