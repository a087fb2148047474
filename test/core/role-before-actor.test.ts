import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { roleBeforeActor } from '../../src/core/role-before-actor';
import { whoIsWho } from '../../src/core/who-is-who';

/** Review 60 item 4: a person whose role stands before the name, who acts and is named once. Copy written for the test. */
describe("a role before the name of a past act's subject introduces the person", () => {
  it('"District Officer Amina Juma ordered …" is listed on the also-named line with her role', () => {
    const a = analyzeArticle(
      [
        'Schools shut after floods',
        'District Officer Amina Juma ordered the closure of six schools on Tuesday.',
        '"The roads are gone," said Peter Mwangi, a teacher. Mwangi said pupils would study at home.',
      ].join('\n\n'),
    );
    expect(whoIsWho(a).alsoNamed).toEqual([{ name: 'Amina Juma', role: 'District Officer' }]);
  });

  it('not after a preposition or a conjunction, nor before a verb not in the past', () => {
    const text = 'Talks with District Officer Amina Juma ended. District Officer Amina Juma says schools will open.';
    expect(roleBeforeActor(['Amina Juma'], 'District Officer', text)).toBe(false);
    expect(roleBeforeActor(['Amina Juma'], 'District Officer', 'District Officer Amina Juma ordered a count.')).toBe(
      true,
    );
    expect(roleBeforeActor(['Amina Juma'], null, 'District Officer Amina Juma ordered a count.')).toBe(false);
  });
});
