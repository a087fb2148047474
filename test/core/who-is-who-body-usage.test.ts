import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const who = (title: string, paragraphs: string[]) => {
  const w = whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title }));
  return { people: w.people.map((p) => p.name), organizations: w.organizations };
};

/**
 * Issue 13: people only. News style names a body again in full, with "it", "shares of" or "a … spokesman", and says
 * what it is in an apposition headed by a group's noun; a person is named again by surname, with a title or "he"/"she".
 */
describe('who is who moves a body the copy uses as one to the organisations line', () => {
  it('US wire style: a contractor named like a person, "said on Tuesday it", "shares of", is an organisation', () => {
    const w = who('Contractor wins trainer jet deal', [
      'Lockridge Marlin said on Tuesday it had won a $2 billion contract to build trainer jets.',
      'Shares of Lockridge Marlin rose 3 percent after the announcement.',
      '"This is a big win for them," said Dana Whitlow, an aerospace analyst.',
    ]);
    expect(w.people).not.toContain('Lockridge Marlin');
    expect(w.organizations).toContain('Lockridge Marlin');
    expect(w.people).toContain('Dana Whitlow');
  });

  it('US political style: "X, a political action committee," quoted twice, is an organisation', () => {
    const w = who('Group attacks senator over trade', [
      'Dakota Rising, a conservative political action committee, called the senator "a failure on trade."',
      '"He voted for every bad deal," Dakota Rising said in a statement.',
      'Senator Ruth Abelson said the attack was "false."',
    ]);
    expect(w.people).not.toContain('Dakota Rising');
    expect(w.organizations).toContain('Dakota Rising');
    expect(w.people).toContain('Ruth Abelson');
  });

  it('British style: "X, a talent agency, says" beside a person\'s "who" is an organisation', () => {
    const w = who('Star pays a price for his views', [
      'Brightfield Promotions, a sports and celebrity talent agency, says that Walker, who charges up to £20,000 for an appearance, has lost bookings.',
      "'We have had cancellations,' Brightfield Promotions said.",
      'Walker said he would not apologise.',
    ]);
    expect(w.people).not.toContain('Brightfield Promotions');
    expect(w.organizations).toContain('Brightfield Promotions');
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
  });
});
