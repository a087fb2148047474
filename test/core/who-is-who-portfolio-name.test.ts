import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 51, fix51a (audit 52, B-a52-4): "Minister for <portfolio> <name>" glued the portfolio to the name, since only
 * a role's last "of" was read, never "for", nor a portfolio holding an "of" of its own. Copy written for the test.
 */
function people(body: string): Array<{ name: string; role: string | null }> {
  return whoIsWho(analyzeArticle(`Harbour plan approved\n\n${body}`)).people.map((p) => ({
    name: p.name,
    role: p.role,
  }));
}

const TAIL = 'said the wharf would reopen in spring. He said the cost had been met from the regional fund.';

describe('a role with a portfolio before the name', () => {
  it('splits "Minister for <portfolio>" from the name', () => {
    expect(people(`The Minister for Rural Communities Rangi Tawhai ${TAIL}`)).toEqual([
      { name: 'Rangi Tawhai', role: 'Minister for Rural Communities' },
    ]);
  });

  it('splits a portfolio holding an "of" of its own ("Bay of Plenty Conservation")', () => {
    expect(people(`The Commissioner for Bay of Plenty Conservation Rangi Tawhai ${TAIL}`)).toEqual([
      { name: 'Rangi Tawhai', role: 'Commissioner for Bay of Plenty Conservation' },
    ]);
  });

  it('control: "Minister of Finance <name>" was read before', () => {
    expect(people(`The Minister of Finance Rangi Tawhai ${TAIL}`)).toEqual([
      { name: 'Rangi Tawhai', role: 'Minister of Finance' },
    ]);
  });
});

describe('a portfolio takes no name word (review 52, B-r52-7)', () => {
  it('keeps a word no dictionary holds before a known given name in the name, not the portfolio', () => {
    expect(people(`The Minister for Island Communities Tafaoimalo Mary Leota ${TAIL}`)).toEqual([
      { name: 'Tafaoimalo Mary Leota', role: 'Minister for Island Communities' },
    ]);
  });

  it('control: a given name right after the portfolio was read before', () => {
    expect(people(`The Minister for Island Communities Mary Leota ${TAIL}`)).toEqual([
      { name: 'Mary Leota', role: 'Minister for Island Communities' },
    ]);
  });
});

describe('a given or family name that is also a word of English stays the name after a portfolio (review 53, B-r53-1)', () => {
  it('keeps "Drew" and "Baker" in the name, not the portfolio, and the role whole', () => {
    expect(people(`The Minister for Ethnic Communities Drew Kalani ${TAIL}`)).toEqual([
      { name: 'Drew Kalani', role: 'Minister for Ethnic Communities' },
    ]);
    expect(people(`The Minister for Treaty of Waitangi Negotiations Hemi Baker ${TAIL}`)).toEqual([
      { name: 'Hemi Baker', role: 'Minister for Treaty of Waitangi Negotiations' },
    ]);
  });

  it('control: a given and a family name that are no words of English were read before', () => {
    expect(people(`The Minister for Treaty of Waitangi Negotiations Hemi Tautahi ${TAIL}`)).toEqual([
      { name: 'Hemi Tautahi', role: 'Minister for Treaty of Waitangi Negotiations' },
    ]);
  });
});
