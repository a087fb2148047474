import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { bodiesShortened } from '../../src/core/person-typed-otherwise';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 56 (who60), issue 13: a post is told from a relation or a habit by WordNet's occupation classes
 * (occupation-nouns.json), a party or nation opening a sentence qualifies an abbreviated office, "then-<post>" before a
 * name without commas, a role after "She is <age>,", and runs typed as people that are a form of address, a body's
 * shortened name or a firm after "of". Copy written for the tests.
 */
const paragraphs = (...ps: string[]) => ['Ferry fares to rise', ...ps].join('\n\n');
const roles = (...ps: string[]): Record<string, string | null> =>
  Object.fromEntries(whoIsWho(analyzeArticle(paragraphs(...ps))).people.map((p) => [p.name, p.role]));
const entities = (...ps: string[]) => analyzeArticle(paragraphs(...ps)).entities;

describe('who is who: occupations, not relations or habits', () => {
  it('a relative clause whose doer is no occupation ("rides", "supports") gives no role; one that is, does', () => {
    expect(
      roles('Pia Lundqvist, who rides the early ferry to work, said fares hurt. Lundqvist spoke later.')[
        'Pia Lundqvist'
      ],
    ).toBeNull();
    expect(
      roles('Pia Lundqvist, who supports the harbour plan, said fares hurt. Lundqvist spoke later.')['Pia Lundqvist'],
    ).toBeNull();
    expect(
      roles('Pia Lundqvist, who teaches at the island school, said fares hurt. Lundqvist spoke later.')[
        'Pia Lundqvist'
      ],
    ).toBe('teaches at the island school');
  });

  it('"then-" dates an occupation, not a relation (review 56, R56-10)', () => {
    expect(
      roles('Her then-boyfriend, Dario Velte, testified on Monday. Velte left a month later.')['Dario Velte'],
    ).toBeNull();
    expect(
      roles('In a letter, the depot then-warden Dario Velte wrote that staff were short. Velte left a month later.')[
        'Dario Velte'
      ],
    ).toBe('depot then-warden');
  });
});

describe('who is who: offices and introductions', () => {
  it('a party opening the sentence qualifies the abbreviated office after it', () => {
    expect(
      roles('Rain fell. Republican Sen. Orla Brandt said the levy would fail. Brandt spoke later.')['Orla Brandt'],
    ).toBe('Republican Senator');
    // control: a verb opening the sentence qualifies nothing
    expect(roles('Rain fell. Recall Sen. Orla Brandt voted no. Brandt spoke later.')['Orla Brandt']).toBe('Senator');
  });

  it('"She is <age>, a <role>," after a sentence naming only her', () => {
    const one = roles(
      'The pier was shut when Inés Carbajal first looked. "It was gone," Carbajal said.',
      'When Inés measured the gap, the tape ran out. She is 41, a former county surveyor, and she knew. Carbajal spoke later.',
    );
    expect(one['Inés Carbajal']).toBe('former county surveyor');
    // control: a second person named in the sentence before leaves "She" unsure
    const two = roles(
      'The pier was shut when Inés Carbajal first looked. "It was gone," Carbajal said.',
      'When Inés met Dario Velte, the tape ran out. She is 41, a former county surveyor, and she knew. Carbajal spoke later. Velte spoke too.',
    );
    expect(two['Inés Carbajal']).toBeNull();
    // rev57fix (review 57's R57-3): the other person opening the sentence ("Velte hired Carbajal") is a name, not a
    // capital for the sentence's start, so "She" is unsure there too.
    const opener = roles(
      'Dario Velte, the pier trust chair, named Inés Carbajal its warden on Friday. "It was gone," Carbajal said.',
      'Velte hired Carbajal in 2019. She is 41, a former county surveyor, and she knew. Velte spoke later.',
    );
    expect(opener['Inés Carbajal']).toBeNull();
    expect(opener['Dario Velte']).not.toBe('former county surveyor');
  });
});

describe('entities: runs typed as people that name no one', () => {
  it('drops a form of address and a body shortened to its first word; finds a firm after "of"', () => {
    const found = entities(
      'Marine drone maker Quellstrom Robotics Inc. sued a rival on Friday. Quellstrom says its designs were copied.',
      'Nadia Ferreira-Holt of Bramble Oakes LLP, arguing for Quellstrom, told the court: "They took it, Your Honor." Ferreira-Holt said more later.',
    );
    const people = found.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).not.toContain('Your Honor');
    expect(people).not.toContain('Quellstrom');
    expect(people).toContain('Nadia Ferreira-Holt');
    const bodies = found.filter((e) => e.type === 'organization').map((e) => e.name);
    expect(bodies).toEqual(expect.arrayContaining(['Quellstrom Robotics Inc.', 'Bramble Oakes LLP']));
  });

  it('control: a lone surname stays a person when a full name the copy writes ends on it', () => {
    const shortened = bodiesShortened([
      { name: 'Sam Quellstrom', type: 'person' },
      { name: 'Quellstrom', type: 'person' },
      { name: 'Quellstrom Robotics Inc.', type: 'organization' },
      { name: 'Tarn', type: 'person' },
      { name: 'Tarn Marine Ltd', type: 'organization' },
      // a role is a person's; a body with no legal form says nothing of the lone word
      { name: 'Ostrow', type: 'person', role: 'Governor' },
      { name: 'Ostrow Holdings Inc.', type: 'organization' },
      { name: 'Vell', type: 'person' },
      { name: 'Vell News', type: 'organization' },
    ]);
    expect([...shortened]).toEqual(['Tarn']);
  });

  it('a body of three words or more ending on a body head is shortened too ("Varrow Yield Fund" -> "Varrow")', () => {
    const shortened = bodiesShortened([
      { name: 'Varrow Yield Fund', type: 'organization' },
      { name: 'Varrow', type: 'person' },
      // two words could be a family's own ("the Pellam Foundation" beside Pellam), so they say nothing
      { name: 'Pellam Foundation', type: 'organization' },
      { name: 'Pellam', type: 'person' },
    ]);
    expect([...shortened]).toEqual(['Varrow']);
  });
});
