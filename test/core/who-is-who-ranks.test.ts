import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Audit 49, B-a49-6: a rank of two words before a name ("Detective Garda", "Detective Sergeant") and a rank word
 * opening a name alone ("Sergeant", "Garda") are the person's role, not part of the name or lost. Copy written for the
 * test.
 */
const people = (...paragraphs: string[]) =>
  whoIsWho(
    analyzeArticle(['Man remanded over Kilbrack burglary', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')),
  ).people;
const line = (name: string, ...paragraphs: string[]) => {
  const found = people(...paragraphs).find((p) => p.name === name);
  return found ? { name: found.name, role: found.role } : null;
};

describe('who is who, ranks before a name', () => {
  it('reads a rank word between a rank and a given name as the rank\'s ("Detective Garda Seán Kehoe")', () => {
    expect(
      line('Seán Kehoe', 'Detective Garda Seán Kehoe told the court that the accused had nothing to say when charged.'),
    ).toEqual({ name: 'Seán Kehoe', role: 'Detective Garda' });
  });

  it('reads "Detective Sergeant" whole though a name list holds "Sergeant" as a first name', () => {
    expect(line('Eileen Moran', 'Detective Sergeant Eileen Moran said the house had been searched twice.')).toEqual({
      name: 'Eileen Moran',
      role: 'Detective Sergeant',
    });
  });

  it('reads a lone written-out office opening the name as the role ("Sergeant Declan Rowe said")', () => {
    expect(line('Declan Rowe', 'Sergeant Declan Rowe said the van was found burnt out near the quarry.')).toEqual({
      name: 'Declan Rowe',
      role: 'Sergeant',
    });
  });

  it('reads a lone "Garda" as a rank where the copy writes it as a rank\'s second word', () => {
    expect(
      line(
        'Brendan Tully',
        'Detective Garda Deirdre Nolan said the accused was arrested at his home.',
        'Garda Brendan Tully said the stolen tools were recovered on Sunday.',
      )?.role,
    ).toBe('Garda');
  });

  it("controls: a one-word rank reads as before; a second given name stays the name's", () => {
    expect(line('Liam Shortt', 'Detective Inspector Liam Shortt said inquiries were continuing.')).toEqual({
      name: 'Liam Shortt',
      role: 'Detective Inspector',
    });
    expect(line('Maria Elena Duarte', 'Senator Maria Elena Duarte said the station should stay open.')).toEqual({
      name: 'Maria Elena Duarte',
      role: 'Senator',
    });
  });

  it('reads a word no lexicon holds after a whole title as the given name, a known one after it the middle name', () => {
    // Audit 62, B-a62-2: the role ran over "Olumide" to the known given name "Ali".
    expect(line('Tunde Ali Okafor', 'Works Minister Tunde Ali Okafor said the bridge would open in May.')).toEqual({
      name: 'Tunde Ali Okafor',
      role: 'Works Minister',
    });
  });

  it('control: a word no lexicon holds, with no rank reading of it in the copy, gives no role', () => {
    expect(line('Brendan Tully', 'Garda Brendan Tully said the stolen tools were recovered on Sunday.')).toEqual({
      name: 'Brendan Tully',
      role: null,
    });
  });

  it('reads the descriptor before a rank as the role: the rank is a title (audit 51, B-a51-12 d)', () => {
    expect(
      line(
        'Lindiwe Mabaso-Khumalo',
        'Mpumalanga traffic spokesperson Captain Lindiwe Mabaso-Khumalo said the road was closed overnight.',
      ),
    ).toEqual({ name: 'Lindiwe Mabaso-Khumalo', role: 'Mpumalanga traffic spokesperson' });
  });

  it('controls: a rank alone before the name stays the role; a doer after a role word is one post', () => {
    expect(line('Ama Boateng', 'Harbour Trust executive Director Ama Boateng said the quay would shut.')).toEqual({
      name: 'Ama Boateng',
      role: 'Harbour Trust executive Director',
    });
    expect(
      line('Lindiwe Mabaso-Khumalo', 'Captain Lindiwe Mabaso-Khumalo said the road was closed overnight.'),
    ).toEqual({ name: 'Lindiwe Mabaso-Khumalo', role: 'Captain' });
  });
});
