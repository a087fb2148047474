import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * The final review of session 12's who-is-who rules: ordinary copy the new rules misread (a first name that is
 * also a role word, people who "said it", a named storm). Copy written for the test, of each construction's shape.
 */
const who = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n')));
const names = (headline: string, ...paragraphs: string[]) => who(headline, ...paragraphs).people.map((p) => p.name);

describe('who-is-who on the final review’s probes', () => {
  it('keeps a known first name that is also a role word ("Dean") as a name', () => {
    expect(
      names(
        'Phillips ends his campaign',
        'Rep. Dean Phillips ended his campaign on Wednesday.',
        '"I said from the start that I would back the winner," Dean Phillips said. His wife, Annalise Phillips, stood beside him.',
      ),
    ).toContain('Dean Phillips');
    expect(
      names(
        'Brothers open a harbour cafe',
        'Dean Walsh and Mark Walsh opened the cafe in Port Ellis on Monday.',
        '"We grew up here," Dean Walsh said.',
      ),
    ).toContain('Dean Walsh');
    // The role a namesake holds is still a title: "Vikram Amar, dean of the law school … Dean Amar said".
    expect(
      names(
        'Law school opens a clinic',
        'Vikram Amar, dean of the Port Ellis College of Law, opened the clinic on Monday.',
        '"Students will learn by doing," Dean Amar said. Vikram Amar said the clinic would open in May.',
      ),
    ).not.toContain('Dean Amar');
  });

  it('files no person under the organisations for "said it" or "its"', () => {
    const cases: [string, string[]][] = [
      [
        'Angela Rayner',
        [
          'Housing target set',
          'Housing minister Angela Rayner set out the plan on Monday. Angela Rayner said it would deliver 1.5 million homes.',
          'Critics called the target unrealistic. Angela Rayner agreed it was ambitious.',
        ],
      ],
      [
        'Tim Cook',
        [
          'Apple results',
          'Tim Cook said Apple had cut its costs in the quarter.',
          'Tim Cook added that its services business had grown by a tenth.',
        ],
      ],
    ];
    for (const [name, [headline, ...paragraphs]] of cases) {
      const listed = who(headline!, ...paragraphs);
      expect(listed.organizations).not.toContain(name);
      expect(listed.people.map((p) => p.name)).toContain(name);
    }
  });

  it('lists no named storm as a person however often the copy writes its name alone', () => {
    const storms: [string, string[]][] = [
      [
        'Typhoon Haiyan',
        [
          'Typhoon hits the coast',
          'Typhoon Haiyan reached the coast on Friday. Haiyan struck the islands at dawn.',
          'Haiyan flattened homes in three towns. Rescuers said Haiyan had cut power. Haiyan moved west by night.',
          'Officials said the damage from Haiyan would take years to repair.',
        ],
      ],
      [
        'Storm Ciaran',
        [
          'Storm batters the south',
          'Storm Ciaran reached the coast on Thursday. Ciaran brought down trees across the county.',
          'Ciaran closed schools. Forecasters said Ciaran would ease by Friday. Ciaran left 100,000 homes without power.',
          'Insurers said claims from Ciaran were rising.',
        ],
      ],
    ];
    for (const [storm, [headline, ...paragraphs]] of storms)
      expect(names(headline!, ...paragraphs)).not.toContain(storm);
  });

  it('reads a nationality before a namesake’s surname as a first name only when the copy quotes that full name', () => {
    const listed = names(
      'Sister jailed in Port Ellis',
      'Rosa Ortega was jailed on Monday. German officials said the case was closed, and a German diplomat met her.',
      'The German Ortega supporters marched. Rosa Ortega said she would appeal; German Ortega fans cheered.',
    );
    expect(listed).toContain('Rosa Ortega');
    expect(listed.filter((n) => n.startsWith('German'))).toEqual([]);
  });
});
