import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 58 (sp71), review 59's R59-10: "the <Body> of X and <Word>" where the copy names the word after one given
// name elsewhere is a body and a person, not one body. Invented copy.
const entities = (...lines: string[]): string[] =>
  analyzeArticle(['Budget talks stall', ...lines].join('\n\n')).entities.map((e) => `${e.name}:${e.type}`);

describe('a surname after a body\'s "and"', () => {
  it('is the person the copy named in full', () => {
    const found = entities(
      'Nadia Mirza, a former adviser, was named in the audit.',
      'Officials at the Department of Revenue and Mirza declined to comment.',
    );
    expect(found).toContain('Department of Revenue:organization');
    expect(found.some((e) => e.includes('and Mirza'))).toBe(false);
  });

  it('control: a portfolio word no given name comes before stays in the body', () => {
    expect(entities('Officials at the Department of Town Planning and Survey declined to comment.')).toContain(
      'Department of Town Planning and Survey:organization',
    );
  });

  it('control: a word two given names come before could be either person, so the run stays whole', () => {
    const found = entities(
      'Nadia Mirza and Omar Mirza were named in the audit.',
      'Officials at the Department of Revenue and Mirza declined to comment.',
    );
    expect(found).not.toContain('Department of Revenue:organization');
  });
});
