import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Session 49, fix49a (audit 50, B-a50-1): "the member for Dunmore, Kit Alder, asked the health minister …" — the name
 * was itself the apposition, and the finite verb after its closing comma opened the predicate, which was read as her
 * role; its "minister" then made her the one "The minister said" named; the noun phrase the name is apposed to is its
 * role then ("The coach's daughter, Ines,"). A title ending on "for" ("MP for") took the seat after it for a person.
 * Copy written for the test.
 */
function read(body: string) {
  const analysis = analyzeArticle(`Hospital beds to go\n\n${body}`);
  return {
    roles: Object.fromEntries(analysis.entities.filter((e) => e.type === 'person').map((e) => [e.name, e.role])),
    speakers: analysis.statements.map((s) => s.speaker),
  };
}

describe('a predicate after an apposed name is no role', () => {
  it.each([
    'The member for Dunmore, Kit Alder, asked the health minister how many beds would close.',
    'Later, the MP for Kelsall, Priya Dunne, pressed the health minister to publish the figures.',
  ])('gives the asker no role, and "the minister" stays the minister: %s', (first) => {
    const found = read(
      `${first} The health minister, Owen Rusk, replied at length.\n\nThe minister said no ward would shut before the winter.`,
    );
    const asker = first.includes('Kit Alder') ? 'Kit Alder' : 'Priya Dunne';
    expect(found.roles[asker] ?? '').not.toMatch(/minister/);
    expect(found.speakers.at(-1)).toBe('Owen Rusk');
  });

  it('takes the seat after "MP for" for no person', () => {
    const found = read('Later, the MP for Kelsall, Priya Dunne, urged the health minister to act.');
    expect(Object.keys(found.roles)).toEqual(['Priya Dunne']);
  });

  it('gives the noun phrase the name is apposed to as the role', () => {
    const found = read(
      'The coach\'s daughter, Ines, defended her father on Tuesday. "He did nothing wrong," Ines wrote.',
    );
    expect(found.roles.Ines).toBe("coach's daughter");
  });

  it('control: an apposition that is a role still gives it', () => {
    const found = read('Kit Alder, the health minister, spoke first.\n\nThe minister said no ward would shut.');
    expect(found.roles['Kit Alder']).toBe('health minister');
    expect(found.speakers).toEqual(['Kit Alder']);
  });

  it('control: a participle modifying the role keeps it ("retired", "ousted")', () => {
    const found = read(
      'Ann Fox, retired head of the county health board, said the beds were needed. Tom Vale, ousted chairman of the trust, said nothing.',
    );
    expect(found.roles['Ann Fox']).toBe('retired head of the county health board');
    expect(found.roles['Tom Vale']).toBe('ousted chairman of the trust');
  });
});
