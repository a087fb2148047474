import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const statements = (body: string): Array<[string, string]> =>
  analyzeArticle(`Harbour talks in brief\n\n${body}`).statements.map((s) => [s.text, s.speaker]);

/**
 * Session 53 (sp66b), issue 11: reported speech whose trailing tag has an aside between its subject and verb
 * ("…, Ruiz, who took office in May, said.") gave no statement: the tag was read from the last comma only.
 */
describe('a trailing tag with an aside before its verb', () => {
  it('credits the subject before a relative clause or an age', () => {
    expect(
      statements(
        'Harbour chief Ana Ruiz spoke on Monday.\n\nThe ferry talks will resume next week, Ruiz, who took office in May, said. The berth deal is close to done, Ruiz, 54, said.',
      ),
    ).toEqual([
      ['The ferry talks will resume next week', 'Ana Ruiz'],
      ['The berth deal is close to done', 'Ana Ruiz'],
    ]);
  });

  it('reads no tag when the last comma holds no speech verb', () => {
    expect(
      statements(
        'Harbour chief Ana Ruiz spoke on Monday.\n\nThe ferries ran late, Ruiz, who took office in May, waited.',
      ),
    ).toEqual([]);
  });
});
