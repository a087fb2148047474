import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { surnameAsPerson } from '../../src/core/surname-as-person';
import { whoIsWho } from '../../src/core/who-is-who';

describe('surnameAsPerson: evidence that a surname is a person’s', () => {
  it('counts an office title before the surname, at a sentence start only for a title no thing holds', () => {
    expect(surnameAsPerson('Pryce', ['The suit says Chairman Pryce acted.'])).toBe(true);
    expect(surnameAsPerson('Pryce', ['Senator Pryce voted no.'])).toBe(true);
    expect(surnameAsPerson('Pryce', ['The staff of Chief Pryce met.'])).toBe(true);
    expect(surnameAsPerson('Apple', ['Chief Apple officials met.'])).toBe(false);
    expect(surnameAsPerson('Ciaran', ['Storm Ciaran hit the coast.', 'Chief Ciaran warnings were issued.'])).toBe(
      false,
    );
  });

  it('counts kin after the surname’s possessive, which only a person has', () => {
    expect(
      surnameAsPerson('Varga', [
        'A firm Varga created gave money.',
        'The papers name Varga’s U.S.-based brother-in-law.',
      ]),
    ).toBe(true);
    expect(surnameAsPerson('Varga', ['Police questioned Varga’s wife on Monday.'])).toBe(true);
    expect(surnameAsPerson('Airbus', ['Airbus’s parent company and its subsidiaries met.'])).toBe(false);
  });

  it('counts "he"/"she" only as the subject of the next clause, in two sentences', () => {
    const possessives = [
      'Airbus said its chief executive, who took over last year, and his team would cut jobs.',
      'Airbus told staff that her office would close.',
    ];
    expect(surnameAsPerson('Airbus', possessives)).toBe(false);
    const subjects = [
      'While Garland is 63, which means he has time, the seat waits.',
      'Garland spoke, and he said little.',
    ];
    expect(surnameAsPerson('Garland', subjects)).toBe(true);
    expect(
      surnameAsPerson('Garland', ['Garland spoke on Monday.', 'He said little.', 'Garland left.', 'He came back.']),
    ).toBe(true);
    expect(surnameAsPerson('Garland', ['Garland spoke on Monday.', 'He said little.'])).toBe(false);
  });

  it('lists no storm with a title for a role', () => {
    const people = whoIsWho(
      analyzeArticle(
        [
          'Storm batters the coast',
          '',
          'Storm Ciaran hit the coast.',
          'Chief Ciaran warnings were issued.',
          'Ciaran brought winds.',
          'Ciaran caused damage.',
        ].join('\n'),
      ),
    ).people.map((p) => p.name);
    expect(people.some((n) => /Ciaran/.test(n))).toBe(false);
  });
});
