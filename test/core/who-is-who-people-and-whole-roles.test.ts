import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';
import { whoIsWhoLoneWord } from '../../src/core/who-is-who-lone-word';

/**
 * who30 (session 30, issue 13): a place kept as a person by a title-case headline, one man listed under his birth
 * name too, a role read inside quote marks, an office cut at a lower-case word, and a role the copy gives only
 * beside the surname. Copy written for the test.
 */
function who(headline: string, paragraphs: string[]) {
  return whoIsWho(analyzeArticle([headline, '', ...paragraphs].join('\n\n')));
}
const roles = (w: ReturnType<typeof who>) => Object.fromEntries(w.people.map((p) => [p.name, p.role]));

describe('who-is-who, people only', () => {
  it("does not read a title-case headline's capitals as a name beside a place the quotes were pinned on", () => {
    const w = who('The Memo That Makes Tobruk Look Way Worse Was Just Released', [
      'As gunmen attacked a consulate in Tobruk, Libya, on Sept. 3, officials were told that troops were ready, according to a memo.',
      'The memo was sent by then-Chief of Staff Jeremy Bash, three hours after the first Tobruk attack.',
      '“I just tried you on the phone but you were all in with S,” it reads.',
      '“We have identified the forces that could move to Tobruk. They are spinning up as we speak,” it said.',
      '“Please advise how you wish to convey that approval to us,” it read.',
      'Staff for the House Select Committee on Tobruk said the panel has the full memo.',
    ]);
    expect(w.people.map((p) => p.name)).not.toContain('Tobruk');
    // Control: a given name before the word in the headline still sets it beside a name.
    const quoted = '"I do not buy that," Clinton said in Iowa. "We will win," Clinton said.';
    expect(whoIsWhoLoneWord('Clinton', quoted, 'Hillary Clinton Goes After Donald Trump')).toBe(false);
  });

  it('lists a man once when the copy gives his birth name or his full name with his nickname', () => {
    const names = (paragraphs: string[]) => who('Senator recalls his youth', paragraphs).people.map((p) => p.name);
    const renamed = names([
      'Senator Ted Cruz spoke in Houston on Monday. Mr. Cruz changed his Spanish-sounding name, Rafael Edward Cruz, as a teenager.',
      '"I was a geeky kid," Cruz said. Mr. Cruz said school was hard.',
    ]);
    expect(renamed.filter((n) => n.endsWith('Cruz'))).toEqual(['Ted Cruz']);
    const nicknamed = names([
      'Senator Ted Cruz spoke in Houston on Monday. Born Rafael Edward "Ted" Cruz in Calgary, he moved to Texas.',
      '"I was a geeky kid," Cruz said. Rafael Edward "Ted" Cruz later went to Princeton.',
    ]);
    expect(nicknamed).toContain('Ted Cruz');
    expect(nicknamed.some((n) => n.startsWith('Rafael'))).toBe(false);
    // Control: his father, a namesake the copy introduces as one, stays apart.
    const father = names([
      'Senator Ted Cruz spoke in Houston on Monday. He deployed his pastor father, Rafael Cruz, as a surrogate.',
      '"I was a geeky kid," Cruz said. Rafael Cruz said his son was a good student.',
    ]);
    expect(father).toEqual(expect.arrayContaining(['Ted Cruz', 'Rafael Cruz']));
  });
});

describe('who-is-who, the role the reporter gives, whole', () => {
  it('takes no role from inside quote marks', () => {
    const w = who('Candidate attacks judge', [
      '"I have a judge who is a hater of Donald Trump, a hater," Trump said at a rally in San Diego.',
      'Trump said the judge was unfair. Gonzalo Ruiz, a federal judge, declined to comment.',
      'Ruiz was appointed in 2012.',
    ]);
    expect(roles(w)['Donald Trump']).toBeNull();
    // Control: the reporter's own apposition is still the role.
    expect(roles(w)['Gonzalo Ruiz']).toBe('federal judge');
  });

  it('reads an office whole across a lower-case role word between capitalised ones', () => {
    const w = who('Plan criticised', [
      '"The commissions are an abject failure," said ACLU executive Director Anthony Romero in a statement.',
      '"They have never worked," Romero said.',
    ]);
    expect(roles(w)['Anthony Romero']).toBe('ACLU executive Director');
    // Control: a bare office with nothing before it is still no role.
    const bare = who('Plan criticised', [
      '"The commissions are an abject failure," Director Anna Romero said. "They have never worked," Romero said.',
    ]);
    expect(roles(bare)['Anna Romero']).toBeNull();
  });

  it("gives a person the apposition the copy writes beside the surname alone, and not a list's", () => {
    const w = who('Strategist calls on rival to apologize', [
      'David Axelrod on Wednesday called on Howard Dean to apologize for the remark.',
      'Dean, a former party chairman and presidential candidate, poked at the sniffing. "Coke user?" Dean wrote.',
      'Carl Hobbs, Jo Marsh and Paul Lenz met on Friday. Hobbs, Marsh and Lenz, the candidates most often described',
      'as outsiders, said nothing. Lenz said so again.',
    ]);
    expect(roles(w)['Howard Dean']).toBe('former party chairman and presidential candidate');
    // Control: the apposition after a list is the list's.
    expect(roles(w)['Paul Lenz']).toBeNull();
  });
});

describe('a surname that is a title word (review s30 B-who30-4, B-main-6)', () => {
  it('keeps a listed first name before a given name ("Billie Jean King") and credits a lone "King said" to her', () => {
    const analysis = analyzeArticle(
      [
        'Tributes pour in',
        '',
        'Tennis star Billie Jean King paid tribute to the boxer on Saturday. "He was a friend to every athlete," King said.',
        '',
        'The funeral is on Friday.',
      ].join('\n'),
    );
    expect(whoIsWho(analysis).people.map((p) => p.name)).toEqual(['Billie Jean King']);
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(['Billie Jean King']);
    // Control: a capitalised word before a given name that is no first name is still a lead-in, not the name.
    const lead = analyzeArticle(
      'Coach hired\n\nBillionaire Tom Reyes hired a new coach on Monday. "She is the best," Reyes said.\n\nThe season starts soon.',
    );
    expect(whoIsWho(lead).people.map((p) => p.name)).toEqual(['Tom Reyes']);
    // Control: an office a first-name list also holds is still the title ("Sergeant").
    const rank = analyzeArticle(
      'Base reopens\n\nSergeant Leon Marsh returned to the base on Monday. "I would go back tomorrow," Marsh said.\n\nThe base reopens in May.',
    );
    expect(rank.quotes.map((q) => q.speaker)).toEqual(['Leon Marsh']);
  });
});

it('a named day is no person and no speaker; a given name before "Day" is one (review s30 B-main-8)', () => {
  const vote = analyzeArticle(
    'Mayor weighs run\n\nWhen Mayor Tom Reed was asked on Monday whether he would run before Election Day, he laughed and said, "We\'ll see."\n\nThe count is on Friday.',
  );
  expect(vote.quotes.map((q) => q.speaker)).not.toContain('Election Day');
  expect(vote.entities.filter((e) => e.type === 'person').map((e) => e.name)).not.toContain('Election Day');
  const singer = analyzeArticle(
    'Gala night\n\nDoris Day sang at the gala on Christmas Eve. "It was lovely," Day said.\n\nThe gala raised money.',
  );
  expect(singer.quotes.map((q) => q.speaker)).toEqual(['Doris Day']);
});
