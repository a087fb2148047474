import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Audit 50, B-a50-13: Indian English copy writes "Shri" and "Shrimati" before a name as British copy writes "Mr" and
 * "Mrs", and a legislator as "the local MLA" where British copy writes "the local MP". Copy written for the test.
 */
const people = (...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Drain plan for Kesarpur', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people;

describe('who is who, Indian honorifics and an acronym post', () => {
  it('reads "Shri" and "Shrimati" as honorifics, not as the first word of the name', () => {
    const listed = people(
      'Shri Vinod Kumar Rao said the drain would be finished by June. "Nobody will be moved," Shri Rao said.',
      'Shrimati Lata Joshi said the plan had been delayed twice. "We have waited for years," she said.',
    ).map((p) => p.name);
    expect(listed).toContain('Vinod Kumar Rao');
    expect(listed).toContain('Lata Joshi');
  });

  it('reads an all-capitals head of the apposition as the post ("the local MLA")', () => {
    const listed = people(
      'Vinod Rao, the local MLA, said the drain would be finished by June. "Nobody will be moved," Mr Rao said.',
    );
    expect(listed).toContainEqual({ name: 'Vinod Rao', role: 'local MLA' });
  });

  it('controls: "Mr" and "the local MP" read as before; "Kumari", often a surname, stays in the name', () => {
    const listed = people(
      'Vinod Rao, the local MP, said the drain would be finished by June. "Nobody will be moved," Mr Rao said.',
      'Priya Kumari, a teacher, said the drain would help. "It floods every year," Ms Kumari said.',
    );
    expect(listed).toContainEqual({ name: 'Vinod Rao', role: 'local MP' });
    expect(listed).toContainEqual({ name: 'Priya Kumari', role: 'teacher' });
  });
});
