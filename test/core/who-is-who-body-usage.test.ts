import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const who = (title: string, paragraphs: string[]) => {
  const w = whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title }));
  return { people: w.people.map((p) => p.name), organizations: w.organizations };
};

/** The body is on the organisations line and not among the people; the person beside it stays a person. */
const bodyApart = (w: ReturnType<typeof who>, body: string, person: string) => {
  expect(w.people).not.toContain(body);
  expect(w.organizations).toContain(body);
  expect(w.people).toContain(person);
};

/**
 * Issue 13: people only. News style names a body again in full, with "it", "shares of" or "a … spokesman"; a person is
 * named again by surname, with a title or "he"/"she".
 */
describe('who is who moves a body the copy uses as one to the organisations line', () => {
  it('US wire style: a contractor named like a person, "said on Tuesday it", "shares of", is an organisation', () => {
    const w = who('Contractor wins trainer jet deal', [
      'Lockridge Marlin said on Tuesday it had won a $2 billion contract to build trainer jets.',
      'Shares of Lockridge Marlin rose 3 percent after the announcement.',
      '"This is a big win for them," said Dana Whitlow, an aerospace analyst.',
    ]);
    bodyApart(w, 'Lockridge Marlin', 'Dana Whitlow');
  });

  it('British style: "shares in X", "a X spokesman", never a surname alone, is an organisation', () => {
    const w = who('Builder warns on profits', [
      'Shares in Halden Varrow fell 6% on Thursday after the housebuilder warned on profits.',
      "'Trading has been difficult,' a Halden Varrow spokesman said.",
      "'We expect a better second half,' Halden Varrow said.",
      "Analyst Priya Desai said: 'The warning was overdue.'",
    ]);
    bodyApart(w, 'Halden Varrow', 'Priya Desai');
  });

  it('controls: a person named in full twice and never quoted, a person whose shares rose, a party official', () => {
    expect(
      who('Charity founder honoured', [
        'Priya Ramanathan founded the charity in 2009 and still runs its youth programme.',
        'The mayor thanked Priya Ramanathan for her work with the city.',
        'Council members voted 7-2 to renew the grant.',
      ]).people,
    ).toContain('Priya Ramanathan');
    expect(
      who('Founder keeps stake', [
        "Tobias Wrenfield's shares in the company rose 4 percent on Monday.",
        'Wrenfield said he had no plans to sell.',
      ]).people,
    ).toContain('Tobias Wrenfield');
    expect(
      who('Party split deepens', [
        'Lee Parkhurst, a party official, said the vote had been "a disaster."',
        '"We lost the room," Parkhurst said.',
      ]).people,
    ).toContain('Lee Parkhurst');
    // People say "it" and have spokesmen: a given name no hand table holds is no body's for that (review s37 B-who39-1).
    expect(
      who('Leader sets out plan', [
        'Oskarine Valdrev said on Monday it was time for change.',
        'A Oskarine Valdrev spokeswoman said the visit would go ahead.',
        'Oskarine Valdrev will visit the port city on Friday.',
      ]).people,
    ).toContain('Oskarine Valdrev');
    expect(
      who('Coach quits', [
        'Tom Hallworth said on Monday it was time to go.',
        '"I have loved every minute," Tom Hallworth said.',
      ]).people,
    ).toContain('Tom Hallworth');
  });
});
