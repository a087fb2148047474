import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';
import { whoIsWhoSource } from '../../src/core/who-is-who-source';
import { whoIsWhoTitle } from '../../src/core/who-is-who-title';

/** Who is who lists people named once only as sources (issue 13); copy written for the test. */
const names = (headline: string, ...paragraphs: string[]) =>
  whoIsWho(analyzeArticle([headline, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.map((p) => p.name);

describe('who-is-who, people named once', () => {
  it('leaves out a politician named once in passing, title or no title', () => {
    const people = names(
      'Budget vote delayed',
      'Senator Maris Oakhill said the budget vote would slip to June. "We need more time," Oakhill said.',
      'The delay follows a challenge from Sen. Tobias Wrenfield of Ohio and a veto threat from Gov. Della Fenwick.',
      'Oakhill expects a deal before the recess.',
    );
    expect(people).toContain('Maris Oakhill');
    expect(people).not.toContain('Tobias Wrenfield');
    expect(people).not.toContain('Della Fenwick');
  });

  it('lists a source named once: introduced by a role after the name, or the subject of a speech verb', () => {
    const people = names(
      'Budget vote delayed',
      'Senator Maris Oakhill said the budget vote would slip to June. Oakhill expects a deal before the recess.',
      'Hana Polder, a budget analyst at the Treasury, warned that the delay would cost millions.',
      'Sen. Tobias Wrenfield (R-Ohio) argued that the vote should go ahead.',
    );
    expect(people).toEqual(expect.arrayContaining(['Maris Oakhill', 'Hana Polder', 'Tobias Wrenfield']));
  });

  it('reads a source by the construction around the name', () => {
    const text =
      'Campaign spokesman Ned Garrow did not respond to a request for comment. A demand by House leader Iva Sorn ' +
      'stalled the talks, and a challenge from Sen. Ike Drury did not help. Rep. Lon Bexley (D-Va.), who sits on ' +
      'the panel, repeated his warning. It was the letter by Bexley’s lawyer Roy Kell that mattered.';
    expect(whoIsWhoSource(['Ned Garrow'], 'Campaign spokesman', text)).toBe(true);
    expect(whoIsWhoSource(['Lon Bexley'], 'Representative', text)).toBe(true);
    expect(whoIsWhoSource(['Iva Sorn'], 'House leader', text)).toBe(true);
    expect(whoIsWhoSource(['Roy Kell'], 'lawyer', text)).toBe(true);
    expect(whoIsWhoSource(['Ike Drury'], 'Senator', text)).toBe(false);
    expect(whoIsWhoSource(['Pia Mott'], 'analyst', 'The report was welcome, according to analyst Pia Mott.')).toBe(
      true,
    );
    // The listener of "told" is no source.
    expect(whoIsWhoSource(['Rex Vane'], 'host', 'The senator told radio host Rex Vane on Wednesday.')).toBe(false);
  });

  it('reads a source who "also declined" or "still would not comment" as one who "declined" (session 46)', () => {
    const role = 'Campaign spokesman';
    expect(whoIsWhoSource(['Ned Garrow'], role, 'Campaign spokesman Ned Garrow also declined to comment.')).toBe(true);
    expect(whoIsWhoSource(['Ned Garrow'], role, 'Campaign spokesman Ned Garrow still would not comment.')).toBe(true);
  });

  it('control: an adverb before another verb makes no source', () => {
    const role = 'Campaign spokesman';
    expect(whoIsWhoSource(['Ned Garrow'], role, 'Campaign spokesman Ned Garrow also attended the rally.')).toBe(false);
  });

  it('takes a name the copy writes only as a whole quotation for a title, not a person', () => {
    const text = 'The “Sara The Brave” star spoke out. Since then, the “Sara The Brave” actress has toured.';
    expect(whoIsWhoTitle('Sara The Brave', text)).toBe(true);
    expect(whoIsWhoTitle('Sara Brave', 'Sara Brave said “Sara Brave” was her stage name.')).toBe(false);
  });
});
