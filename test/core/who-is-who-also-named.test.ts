import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Who is who is "every person quoted or named twice or more" (issue 13): someone named once with a role who says
 * nothing goes on the "Also named" line, not among the people (session 46). Copy written for the test.
 */
const listed = (...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Harbour plan approved', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')));
const MAYOR = 'Mayor Ada Vellacott said the harbour plan would go ahead. “We have waited long enough,” Vellacott said.';

describe('who is who, people named once', () => {
  it('puts someone named once with a role, who says nothing, on the "Also named" line', () => {
    const who = listed(MAYOR, 'Tomas Quillan, a retired ferry captain, watched from the quay. Vellacott left at noon.');
    expect(who.people.map((p) => p.name)).toEqual(['Ada Vellacott']);
    expect(who.alsoNamed).toEqual([{ name: 'Tomas Quillan', role: 'retired ferry captain' }]);
  });

  it('keeps among the people someone named once whom the copy quotes in reported speech (control)', () => {
    const who = listed(MAYOR, 'Tomas Quillan, a retired ferry captain, said the plan came ten years too late.');
    expect(who.people.map((p) => p.name)).toContain('Tomas Quillan');
    expect(who.alsoNamed ?? []).toEqual([]);
  });
});
