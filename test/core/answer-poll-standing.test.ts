import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// "How is X polling…?", "how does X do against Y among <group>?" ask X's standing, and were answered by a sentence
// giving another party's figure, the whole electorate's when a group was asked, or a count of past votes. Composed copy.
const story = `Mayoral race narrows

By Ana Cole

Dunmore leads Halvey 48 percent to 41 percent among all likely voters, according to the Harbor College poll.

Pratt won 12,000 votes in the city as the Rail Party's candidate in 2019.

Halvey has struggled to raise money since the spring, her campaign said.

The pollster said turnout among first-time voters could decide the race.

Union voters cheered Halvey at the union hall rally in the docks on Friday, chanting her name.

Among union households, Halvey took 55 percent in the same poll.
`;
const race = analyzeArticle(story);

describe("a party's standing asked in a race", () => {
  it('is not answered by the whole electorate when a group is asked', () => {
    expect(firstCited(race, 'How does Dunmore do against Halvey among first-time voters?')).toBe("doesn't say");
  });

  it('"polling" is not answered by a count of votes at an earlier election', () => {
    expect(firstCited(race, 'How is Pratt polling right now?')).toBe("doesn't say");
  });

  it('is answered by the sentence giving her standing, not the one on the same group without it', () => {
    expect(firstCited(race, 'How did Halvey do among union voters at the rally?')).toBe(
      'Among union households, Halvey took 55 percent in the same poll.',
    );
  });

  it('control: the named party with a share answers', () => {
    expect(firstCited(race, 'How is Dunmore polling?')).toBe(
      'Dunmore leads Halvey 48 percent to 41 percent among all likely voters, according to the Harbor College poll.',
    );
  });
});

// Review R56-5: a date range is no share; a bare margin beside a standing word is.
describe('a range of numbers read as a poll share', () => {
  const dates = analyzeArticle(
    'Harbor race\n\nVance campaigned in Portwick on Sept. 9-11.\n\nA new poll found Orme ahead in the harbour wards.\n',
  );
  const margin = analyzeArticle(
    'Harbor race\n\nVance campaigned in Portwick last week.\n\nVance leads Orme 47-39 in the Harbor College poll.\n',
  );

  it('a date range does not answer how someone polls', () => {
    expect(firstCited(dates, 'How is Vance polling?')).toBe("doesn't say");
  });

  it('control: a margin written as a range beside "leads" answers', () => {
    expect(firstCited(margin, 'How is Vance polling?')).toBe('Vance leads Orme 47-39 in the Harbor College poll.');
  });
});
