import { describe, expect, it } from 'vitest';
import { whoIsWho } from '../../src/core/who-is-who';
import { storyAnalysis as analyse, storyPeople as people } from '../support/story-people';

/** Issue 13, review s36 B-who37-3 and B-who37-2: a plural title's first name, and an unresolved peer's title. */
describe('who is who: the first name after a title plural; a peer by given name alone', () => {
  it('NYT style: "Generals Nora Pike and Luis Ferrer" lists the quoted first general with her office', () => {
    const listed = people('Army chiefs questioned on base closures', [
      'Generals Nora Pike and Luis Ferrer appeared before the committee on Thursday.',
      'Pike told lawmakers the delays were "unacceptable and avoidable".',
    ]);
    expect(listed).toEqual(
      expect.arrayContaining([
        { name: 'Nora Pike', role: 'General' },
        { name: 'Luis Ferrer', role: 'General' },
      ]),
    );
  });

  it('wire style: "Sens. Ada Brook and Owen Tate" gives the second senator the office too', () => {
    const listed = people('Farm bill stalls', [
      'Sens. Ada Brook and Owen Tate opposed the measure on Wednesday.',
      'Ms. Brook said the bill was "a giveaway to the largest growers".',
    ]);
    expect(listed).toEqual(
      expect.arrayContaining([
        { name: 'Ada Brook', role: 'Senator' },
        { name: 'Owen Tate', role: 'Senator' },
      ]),
    );
  });

  it('British style: a "Lord Quentin" no full name resolves keeps his title, as "Sir John" does', () => {
    const analysis = analyse('Peers reject the housing bill', [
      'Lord Quentin spoke for an hour in the chamber on Monday.',
      '"This bill will not build a single home," Lord Quentin said.',
    ]);
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(['Lord Quentin']);
    const names = whoIsWho(analysis).people.map((p) => p.name);
    expect(names).toContain('Lord Quentin');
    expect(names).not.toContain('Quentin');
  });

  it('controls: a list with no title, "Sens. Ada Brook of Texas", and "Lord Sugar" read as before', () => {
    const plain = people('Council vote', [
      'Nora Pike and Luis Ferrer voted against the plan on Monday.',
      '"It is unfair," Pike said.',
    ]);
    expect(plain.find((p) => p.name === 'Nora Pike')?.role ?? null).toBeNull();
    const states = analyse('Senators split', [
      'Sens. Ada Brook of Texas and Owen Tate of Ohio voted no.',
      '"It is a bad deal," Brook said.',
    ]);
    expect(states.entities.map((e) => e.name)).toContain('Ada Brook');
    const sugar = analyse('Peers reject the housing bill', [
      'Lord Sugar spoke in the chamber on Monday.',
      '"This bill will not build a single home," Lord Sugar said.',
    ]);
    expect(sugar.quotes.map((q) => q.speaker)).toEqual(['Sugar']);
  });
});
