import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

function read(sentence: string): { role: string | null | undefined; organizations: string[] } {
  const a = analyzeArticle(`Headline\n\nThe sensors will be fitted in April. ${sentence}`);
  const who = whoIsWho(a);
  return {
    role: who.people.find((p) => p.name === 'Tomas Vell')?.role,
    organizations: a.entities.filter((e) => e.type === 'organization').map((e) => e.name),
  };
}

describe('roleRunOf (audit 51, B-a51-6)', () => {
  it("reads a Title-Case role and its body after a name's comma as a role, not an organisation", () => {
    const found = read('"The sensors work," said Tomas Vell, Chief Operating Officer of Orlen Labs.');
    expect(found.role).toBe('Chief Operating Officer of Orlen Labs');
    expect(found.organizations).toEqual(['Orlen Labs']);
  });

  it('reads the same role in lower case as before (control)', () => {
    const found = read('"The sensors work," said Tomas Vell, chief operating officer of Orlen Labs.');
    expect(found.role).toBe('chief operating officer of Orlen Labs');
    expect(found.organizations).toEqual(['Orlen Labs']);
  });

  it('gives no role for a body that opens on no role word (control)', () => {
    const found = read('"The sensors work," said Tomas Vell, Bank of Tarrow.');
    expect(found.role ?? null).toBeNull();
  });
});
