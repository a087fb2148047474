import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Audit 48 B-a48-9: firms and places named like people ("Pinecrest Air", "Larkspur Homes", "Oxley Meadows", "47, of
 * Marlow Township"). Copy written for the test.
 */
const analysis = (...paragraphs: string[]) => analyzeArticle(paragraphs.join('\n\n'));
const typeOf = (a: ReturnType<typeof analysis>, name: string) => a.entities.find((e) => e.name === name)?.type;

const PLANNING = [
  'Developer wins backing for 150 homes near Hollins Edge',
  'Plans for 150 homes on grazing land at Tarnwick Meadows have been approved by Wexcombe Borough Council, despite 600 objections from villagers who fear the lanes will flood.',
  'The scheme, by Ashdown Homes, includes 40 affordable homes and a new car park.',
  'A spokesperson for Ashdown Homes said the company would start work in the spring.',
  'Villagers say the decision ignores their concerns, and have vowed to fight it. Councillor Ennis Vale said she would ask the council to think again.',
  'Ashdown Homes has not said how much the homes will sell for.',
];

describe('a two-word run no given name opens, ending on a place or thing noun, needs a person’s cue', () => {
  it('lists a builder a spokesperson speaks for as an organisation, not a person', () => {
    const a = analysis(...PLANNING);
    expect(typeOf(a, 'Ashdown Homes')).toBe('organization');
    const who = whoIsWho(a);
    expect(who.people.map((p) => p.name)).not.toContain('Ashdown Homes');
    expect(who.organizations).toContain('Ashdown Homes');
  });

  it('lists a builder that only speaks ("X said") as an organisation, not a place or a person', () => {
    const who = whoIsWho(
      analysis(
        'Builder defends flood plan',
        'Ashdown Homes said the new ponds would hold back water during heavy rain.',
        '"We have listened to residents and changed the plans," Ashdown Homes said in a statement.',
      ),
    );
    expect(who.people).toEqual([]);
    expect(who.organizations).toEqual(['Ashdown Homes']);
  });

  it('keeps, in the same copy, a councillor whose surname is a place noun, with her title (control)', () => {
    expect(whoIsWho(analysis(...PLANNING)).people).toContainEqual({ name: 'Ennis Vale', role: 'Councillor' });
  });

  it('types the land the homes are built on as a place, never a question’s bracketed party', () => {
    const a = analysis(...PLANNING);
    expect(typeOf(a, 'Tarnwick Meadows')).toBe('place');
    expect(a.questions.filter((q) => q.text.includes('(Tarnwick Meadows)'))).toEqual([]);
  });

  it('types an airline its chief executive speaks for as an organisation', () => {
    const a = analysis(
      'Regional airline grounds fleet after engine fault',
      'Cobbold Air has grounded its six turboprops after an engine fault forced a landing at Pellham on Sunday.',
      '"Nobody was hurt, and that is what matters," Cobbold Air chief executive Marta Quill said at the airport.',
      'Cobbold Air said passengers would be rebooked on other carriers.',
    );
    expect(typeOf(a, 'Cobbold Air')).toBe('organization');
    expect(whoIsWho(a).people.map((p) => p.name)).toEqual(['Marta Quill']);
  });

  it('keeps a run of that shape the copy uses as a person ("X, who", "she", the surname alone)', () => {
    const a = analysis(
      'Farmer loses appeal over barn',
      'Brannagh Vale, who has farmed the valley for 30 years, said she would take the case to the High Court.',
      'The planning inspector rejected her appeal on Monday. Vale said the barn had stood for a century.',
    );
    expect(typeOf(a, 'Brannagh Vale')).toBe('person');
    expect(whoIsWho(a).people.map((p) => p.name)).toContain('Brannagh Vale');
  });
});

describe('"47, of X": where someone lives is a place', () => {
  const PASSENGERS = [
    'Passengers praise crew',
    'Jo Sayer, 47, of Redmarsh Township, was among the 40 passengers. Sayer said the crew had been calm.',
    'Al Reyes, 32, of Thornbury, said he had flown the route every week. "They were brilliant," Reyes said.',
    'Crews from Thornbury met the plane, and Thornbury said its roads would stay shut.',
  ];

  it('types the residence after an age as a place, a run or a lone word', () => {
    const a = analysis(...PASSENGERS);
    expect(typeOf(a, 'Redmarsh Township')).toBe('place');
    expect(typeOf(a, 'Thornbury')).toBe('place');
  });

  it('keeps the residents themselves people (control)', () => {
    const a = analysis(...PASSENGERS);
    expect(typeOf(a, 'Jo Sayer')).toBe('person');
    expect(typeOf(a, 'Al Reyes')).toBe('person');
  });
});
