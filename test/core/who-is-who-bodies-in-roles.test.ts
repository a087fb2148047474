import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 62, who67 (issue 13): a role whose body is written into it is read whole. "Bank of Lomai Governor Ana Tui"
 * was "Lomai Governor" (the run stopped at the body's "of"), "Public Accounts Committee (PAC) chairman" was "chairman"
 * (the bracketed acronym stopped it), an attribution inverted after a clause (", the People's Committee chairman,
 * Nguyen Van An, said.") gave no role, and a post before a stopless style ("spokesperson Engr Tendai Moyo", "Cde") was
 * lost. Copy written for the test.
 */
function people(body: string): Array<{ name: string; role: string | null }> {
  return whoIsWho(analyzeArticle(`Rates held at four per cent\n\n${body}`)).people.map((p) => ({
    name: p.name,
    role: p.role,
  }));
}

describe("a body's own name inside a role", () => {
  it('keeps "Bank of" before a capitalised post', () => {
    expect(
      people(
        'Bank of Lomai Governor Ana Tui said rates would stay at 4 per cent until the spring. "Inflation is easing," Tui said. Markets rose on the news.',
      ),
    ).toEqual([{ name: 'Ana Tui', role: 'Bank of Lomai Governor' }]);
  });

  it('keeps it whole before a comma too', () => {
    expect(
      people(
        'The Bank of Lomai Governor, Ana Tui, said rates would stay at 4 per cent until the spring. "Inflation is easing," Tui said.',
      ),
    ).toEqual([{ name: 'Ana Tui', role: 'Bank of Lomai Governor' }]);
  });

  it('control: a post with no body before it keeps its own words', () => {
    const [person] = people(
      'Harbour Master Ana Tui said the port would reopen on Monday after the storm. "The channel is clear," Tui said.',
    );
    expect(person).toEqual({ name: 'Ana Tui', role: 'Harbour Master' });
  });

  it('reads a bracketed acronym inside the body', () => {
    expect(
      people(
        'Public Accounts Committee (PAC) chairman Wong Kah Woh said the ministry had overspent by RM2 million. "This cannot continue," Wong said.',
      ),
    ).toEqual([{ name: 'Wong Kah Woh', role: 'Public Accounts Committee (PAC) chairman' }]);
  });
});

describe('an inverted attribution after a clause', () => {
  it('reads the role between the commas', () => {
    expect(
      people(
        'Work on the dam stopped on Monday, the People\'s Committee chairman, Nguyen Van An, said. "We must protect the villages," An said.',
      ),
    ).toEqual([{ name: 'Nguyen Van An', role: "People's Committee chairman" }]);
  });

  it('reads a body with a lower-case word after "the" in the post\'s complement', () => {
    expect(
      people(
        'The chairman of the municipal People\'s Committee, Nguyen Van An, said work had stopped. "We must protect the villages," An said.',
      ),
    ).toEqual([{ name: 'Nguyen Van An', role: "chairman of the municipal People's Committee" }]);
  });

  it('control: a name that is the object of the clause gets no role from it', () => {
    expect(
      people(
        'The plan was backed by the mayor, Jane Roe, said Tom Cole. "We must protect the villages," Roe said later.',
      ).find((p) => p.name === 'Jane Roe')?.role,
    ).toBeNull();
  });
});

describe('a post before a stopless form of address', () => {
  it('reads the post before "Engr" and "Cde", and "Cde" is no word of the name', () => {
    expect(
      people(
        'Party spokesperson Cde Tendai Moyo said the party would win the by-election. "We are ready," Cde Moyo said.',
      ),
    ).toEqual([{ name: 'Tendai Moyo', role: 'Party spokesperson' }]);
    expect(
      people(
        'Water board spokesperson Engr Kunle Bello said the pipes would be laid in May. "We are ready," Engr Bello said.',
      ),
    ).toEqual([{ name: 'Kunle Bello', role: 'Water board spokesperson' }]);
  });
});
