import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

function roles(paragraphs: string[]): Record<string, string | null> {
  const who = whoIsWho(analyzeArticle(['Harbour levy vote delayed', '', ...paragraphs].join('\n\n')));
  return Object.fromEntries(who.people.map((p) => [p.name, p.role]));
}

describe('a role set off by a comma before the name, after more openers (audit 55)', () => {
  it('reads it after "But", "while", a scene-setting opener and "to"', () => {
    const found = roles([
      'The levy was meant to pass in June. But the opposition’s housing spokeswoman, Mara Quint, says the sums are wrong.',
      'The mayor backed it, while the leader of the Verts, Ms Élodie Rance, said her group would abstain.',
      'At the Collège Pasteur in Albi, a maths teacher, Mr Bruno Lacaze, 48, said fees would rise.',
      'I put that question to the council’s budget chair, Lena Hart, last week.',
      'Ms Quint said the vote should wait. Ms Rance agreed. Mr Lacaze said he would protest. Ms Hart said nothing.',
    ]);
    expect(found['Mara Quint']).toBe('opposition’s housing spokeswoman');
    expect(found['Élodie Rance']).toBe('leader of the Verts');
    expect(found['Bruno Lacaze']).toBe('maths teacher');
    expect(found['Lena Hart']).toBe('council’s budget chair');
  });

  it('reads a body named with commas, a post "on" a brief, and a body written "the Green group"', () => {
    const found = roles([
      'The Ferry, Dock and Harbour Guild’s regional secretary, Owen Fell, says members will strike.',
      'Shadow spokesman on housing, Tom Ashby, rejected the plan.',
      'The head of the Green group in the Senate, Ms Ada Voss, announced a motion.',
      'Mr Fell said the guild was ready. Mr Ashby said the plan was late. Ms Voss said the motion would fail.',
    ]);
    expect(found['Owen Fell']).toMatch(/^(?:The )?Ferry, Dock and Harbour Guild’s regional secretary$/);
    expect(found['Tom Ashby']).toBe('Shadow spokesman on housing');
    expect(found['Ada Voss']).toBe('head of the Green group in the Senate');
  });

  it('keeps a role written before an honorific and the name', () => {
    const found = roles([
      'Transport economist Dr Nia Rowe, of the Tamar Institute, says the levy is fair. Dr Rowe said so twice.',
    ]);
    expect(found['Nia Rowe']).toBe('Transport economist');
    // A capitalised word alone before a titled name is no role written before it.
    const verb = roles(['Mr. Hale, the harbour board chairman, wants a vote. Witness Mr. Hale’s appeal to voters.']);
    expect(verb['Hale'] ?? verb['Mr. Hale'] ?? '').not.toBe('Witness');
  });

  it('does not read a scene-setting phrase as the role', () => {
    const found = roles([
      'In the governor’s absence, Ruth Cole, his deputy, opened the session. Ms Cole said the vote would wait.',
    ]);
    expect(found['Ruth Cole'] ?? '').not.toMatch(/governor|absence/);
  });
});
