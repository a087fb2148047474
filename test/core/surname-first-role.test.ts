import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * Audit 57, B-a57-14: a name written family name first ("Zhao Jianping") and later called by that first word
 * ("Zhao said") was two people, the quote shown as "— Zhao", when nothing titled the full name. A role the copy gives
 * the full name now shows it is a person's, as a title did. Copy written for the test.
 */
describe('a family-name-first name given a role', () => {
  it('"Zhao Jianping, deputy director of …, said … "…," Zhao said": one person', () => {
    const copy =
      'Zhao Jianping, deputy director of the provincial port authority, said the new berths would open in June. "We have tested every crane twice," Zhao said.';
    const a = analyzeArticle(copy, { title: 'Port berths' });
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Zhao Jianping']);
    expect(a.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Zhao Jianping']);
  });

  it('control: a firm named after people, given no role, keeps its own lone word ("Harwell Dunmore … Harwell said")', () => {
    const copy =
      'Shares in Harwell Dunmore fell 4% on Monday. "We expect a stronger second half," Harwell said in a statement.';
    const a = analyzeArticle(copy, { title: 'Shares fall' });
    expect(a.quotes.map((q) => q.speaker)).not.toContain('Harwell Dunmore');
  });
});
