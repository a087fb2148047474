import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const analyse = (body: string) => analyzeArticle(`Local news in brief\n\nThe meeting was held on Tuesday. ${body}`);
const quoteSpeakers = (body: string): Array<string | null> => analyse(body).quotes.map((q) => q.speaker);
const statements = (body: string): string[] => analyse(body).statements.map((s) => `${s.speaker}: ${s.text}`);

/** Review s33 B-main-37: a participle's quote is said by its own clause's subject, never by last sentence's speaker. */
describe("a participle's clause whose subject names no one", () => {
  it.each([
    // US style, double quotes and honorific stops.
    'Mr. Dale said the depot would close. Tenants wrote to the landlord, saying "nobody told us about the rent."',
    'Mr. Dale said the depot would close. The tenants\' association wrote to the mayor, arguing that "the rent rise breaks the lease."',
    'Mr. Dale said the depot would close. Nurses signed an open letter warning that "wards are dangerously short."',
    // British style, single quotes and no stops.
    "Mr Dale said the depot would close. Shopkeepers wrote to the council, saying 'trade has halved since the works began'.",
    "Mr Dale said the depot would close. Ms Grant's office issued a statement, which she signed herself, warning that 'the depot is a lifeline'.",
  ])('not the earlier speaker: %s', (body) => {
    const speakers = quoteSpeakers(body);
    expect(speakers.length).toBe(1);
    expect(speakers[0] ?? '').not.toMatch(/Dale/);
  });

  it('a named subject still speaks (control)', () => {
    expect(
      quoteSpeakers(
        'Mr. Dale said the depot would close. Ms. Grant wrote to the council, saying "we need this depot."',
      ),
    ).toEqual(['Grant']);
  });
});

/** Review s33 B-main-47: a statement that runs into a second speaker's clause, and a body's name cut short. */
describe("two speakers in one sentence, and a body's whole name", () => {
  it.each([
    ['Boots said it would hold its prices, but Superdrug warned of rises.', /^Boots: it would hold its prices$/],
    [
      'Acme Corp. said output would fall this year, while the union warned of job cuts.',
      /^Acme Corp\.?: output would fall this year$/,
    ],
  ])('the first speaker keeps only their own clause: %s', (body, expected) => {
    const found = statements(body);
    expect(found.some((s) => expected.test(s))).toBe(true);
    for (const s of found) expect(s).not.toMatch(/^(?:Superdrug|the union): .*(?:hold its prices|output would fall)/);
  });

  it('a pronoun after "but" goes on with the same speaker (control)', () => {
    expect(statements('The minister said the plan was sound, but he added that costs could rise.')).toEqual([
      'the minister: the plan was sound, but he added that costs could rise',
    ]);
  });

  it.each([
    ['The Federation of Small Businesses, which represents most local traders, said the levy was "a body blow".'],
    [
      "The Welsh Retail Consortium, which speaks for shops in Cardiff, said the parking charges were 'a blow to the high street'.",
    ],
  ])('"which" after the head names a body, not a person cut from it: %s', (body) => {
    const [speaker] = quoteSpeakers(body);
    expect(speaker ?? '').not.toMatch(/^(?:Small Businesses|Retail Consortium)$/);
  });

  it('a person with a "who" clause keeps the name (control)', () => {
    expect(
      quoteSpeakers('Jo Bell, who chairs the traders\' group, said the charges were "a blow to the high street".'),
    ).toEqual(['Jo Bell']);
  });
});
