import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// "X's claim drew a reply from Y. He said …": the replier speaks, not the possessor (audit 63, B-a63-1).
const TEXT = [
  'Ferry fares row reaches the assembly',
  '',
  'Assembly member Rhodri Vance said on Monday that a fare freeze would bankrupt the island ferry service.',
  '',
  '"The numbers do not add up," Vance said.',
  '',
  'Vance’s warning drew a swift rebuttal from Ifan Morgan, a transport economist at Bangor University. He said the service had run a surplus in three of the last five years.',
].join('\n');

describe('possessor agent', () => {
  it('gives "He said" after "X\'s warning drew a rebuttal from Y" to Y', () => {
    const { statements, summary } = analyzeArticle(TEXT);
    const surplus = statements.find((s) => s.text.includes('surplus'));
    expect(surplus?.speaker).toBe('Ifan Morgan');
    expect(summary.map((m) => m.text).join(' ')).not.toContain('Rhodri Vance said the service had run a surplus');
  });
});
