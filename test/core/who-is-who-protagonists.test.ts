import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';
import { withoutLeadIn } from '../../src/core/without-lead-in';

const people = (story: string, max?: number) => whoIsWho(analyzeArticle(story), max).people;
const story = (...paragraphs: string[]) => paragraphs.join('\n\n');

describe('who is who: protagonists the copy never names in full, or names once', () => {
  it('lists a surname titled "Mr." and "President" beside the one full name of his wife', () => {
    const list = people(
      story(
        'Holiday party season at the residence',
        'As President Lanford faced criticism over his budget this month, guests lined up at the residence.',
        'Mr. Lanford shook hands for two hours, and Mrs. Lanford greeted each guest by name.',
        'Gloria Lanford, who hosts the parties, said the lines were long.',
        'Mr. Lanford later told reporters the parties were worth it.',
        'Aides said Mr. Lanford would host three more parties.',
      ),
    );
    // Named by the honorific that tells him from her, not by the bare surname.
    expect(list.find((p) => p.name.endsWith('Lanford') && p.role === 'President')).toEqual({
      name: 'Mr. Lanford',
      role: 'President',
    });
    // His title is not hers. Nor is "who hosts the parties" a post: a host, in WordNet's commonest sense, is who
    // invites guests, no occupation (occupation-nouns.json; session 56), so the relative clause gives her no role.
    expect(list.find((p) => p.name === 'Gloria Lanford')?.role ?? null).toBeNull();
  });

  it('lists a full name written once whose surname then stands alone as a person the copy calls he/his', () => {
    const list = people(
      story(
        'Ad war coming',
        'A super PAC aligned with Republican Jeb Dunmore accounts for about 40% of the advertising.',
        'The spending has seen candidates such as Dunmore stumble. Dunmore drew $103 million to his super PAC during the first half of the year, but he has attracted far less to his campaign.',
        'Dunmore, for instance, is paying $75 a spot. His super PAC is paying $375.',
      ),
    );
    expect(list.map((p) => p.name)).toContain('Jeb Dunmore');
  });

  it('keeps one person when every honorific disagrees with the name table (the table is wrong)', () => {
    const list = people(
      story(
        'Scholar weighs in',
        'Lee Holloway, a professor of law, studies the court.',
        'Ms. Holloway said the vote would be close. Ms. Holloway added that the court was split.',
      ),
    );
    expect(list.filter((p) => p.name.endsWith('Holloway')).map((p) => p.name)).toEqual(['Lee Holloway']);
  });

  it('reads a listed first name shaped like an adverb as a name where the copy never writes it in lower case', () => {
    expect(withoutLeadIn('Carly Fiorina', 'The former CEO Carly Fiorina spoke. Fiorina left.')).toBe('Carly Fiorina');
    expect(withoutLeadIn('Early Trump', 'Early Trump backers came early.')).toBe('Trump');
    // Only ever opening a sentence, before a surname the copy gives another first name, it is an opener even
    // where the copy never writes it in lower case; a name that only opens sentences stays a name.
    expect(withoutLeadIn('Early Clinton', 'Early Clinton backers said so. Hillary Clinton won.')).toBe('Clinton');
    expect(withoutLeadIn('Carly Fiorina', 'Carly Fiorina spoke. Fiorina left.')).toBe('Carly Fiorina');
    // Without the copy, the opener rule is as before.
    expect(withoutLeadIn('Significantly Trump')).toBe('Trump');
    const list = people(
      story(
        'Speech skewered by Carly Menzer',
        'In response, former chief executive and presidential candidate Carly Menzer opened up on Twitter.',
        'Menzer said the speech was empty.',
      ),
    );
    expect(list.map((p) => p.name)).toContain('Carly Menzer');
  });
});

describe('who is who: an unnamed namesake is named by its honorific', () => {
  it('lists and credits "Mr. Hollis", not a bare "Hollis", beside "Mary Hollis"', () => {
    const bakery = [
      'Shop owners fight the bypass',
      'Mary Hollis opened the bakery in 1990.',
      '“We will not move,” Mr. Hollis said.',
      'Mrs. Hollis said the road would ruin them. “It is too late to stop it,” Mr. Hollis said.',
    ];
    const analysis = analyzeArticle(story(...bakery));
    expect(whoIsWho(analysis).people.map((p) => p.name)).toEqual(['Mary Hollis', 'Mr. Hollis']);
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(['Mr. Hollis', 'Mr. Hollis']);
  });
});

describe('who is who: a title before a full name, and two titled names joined by "and"', () => {
  it('lists a full name written right after an office, though its first name is in no table', () => {
    const list = people(
      story(
        'Leaders meet on trade',
        'The president met Teravia Prime Minister Okoru Banda and Chancellor Vessa Kolt on Friday.',
        'Banda and Kolt agreed on tariffs. Banda left early.',
      ),
    );
    expect(list.find((p) => p.name === 'Okoru Banda')?.role).toBe('Teravia Prime Minister');
  });

  it('gives each of two titled names joined by "and" only the title before it', () => {
    const list = people(
      story(
        'Unity meeting set',
        'Speaker Paul Ryan and RNC Chairman Reince Priebus will meet Thursday.',
        'Priebus said the meeting would be friendly. Ryan agreed.',
      ),
    );
    expect(list.find((p) => p.name === 'Reince Priebus')?.role).toBe('RNC Chairman');
  });
});

describe('who is who: whole offices and namesakes', () => {
  it('keeps a whole-word honorific in the office it ends ("Chief Justice", not "Chief")', () => {
    const list = people(
      story(
        'Court ends its term',
        'The court led by Chief Justice Amos R. Whitcombe Jr. delivered liberal rulings.',
        'Whitcombe wrote two of them. Whitcombe declined to comment.',
      ),
    );
    expect(list.find((p) => p.name === 'Amos R. Whitcombe Jr.')?.role).toBe('Chief Justice');
  });

  it('gives a full name the office the copy writes before the surname alone, when no namesake is named', () => {
    const list = people(
      story(
        'Nominee meets senators',
        'Merrick B. Tolland met senators on Tuesday.',
        'Judge Tolland has served for nineteen years. Republicans said Tolland would get no hearing.',
      ),
    );
    expect(list.find((p) => p.name === 'Merrick B. Tolland')?.role).toBe('Judge');
  });

  it('does not let namesakes named once in full crowd out a source quoted by name', () => {
    const family = ['Ann', 'Beth', 'Carl', 'Dora', 'Evan', 'Fay', 'Gus', 'Hal', 'Ivy', 'Jon', 'Kay', 'Lou', 'Max'];
    const list = people(
      story(
        'Family reunion',
        `Will Harlow spoke first, and Will Harlow spoke last. ${family.map((g) => `${g} Harlow`).join(', ')} and Nell Harlow came too.`,
        'Harlow said the day went well. Harlow thanked the staff. Harlow left at noon.',
        '“It was a good day,” said Tom Quist, the organiser. “We will do it again,” Quist said.',
      ),
      3,
    );
    expect(list.map((p) => p.name)).toContain('Tom Quist');
  });
});

describe('who is who: people only', () => {
  it('lists no company the copy uses as one ("officer of Sonex", "Volta Power said its")', () => {
    const list = people(
      story(
        'Chip unveiled',
        'Details of the chip designed to power Sonex consoles will be released on Monday.',
        'Sonex has said the chip could bridge films and games, said Ken Kutara, chief operating officer of Sonex.',
        'Volta Power said its plant would close. Volta Power will cut 200 jobs.',
      ),
    );
    expect(list.map((p) => p.name)).not.toContain('Sonex');
    expect(list.map((p) => p.name)).not.toContain('Volta Power');
  });

  it('keeps a titled, quoted person whose surname is a place word, and leaves the untitled park a place', () => {
    const mayor = people(
      story(
        'Bridge to close',
        'Mayor Linda Park said the bridge would close in March.',
        '“We have no choice,” Park said. David Chen, a trader, said sales would fall.',
      ),
    );
    expect(mayor.find((p) => p.name === 'Linda Park')?.role).toBe('Mayor');
    const park = people(
      story(
        'Concert in the park',
        'Crowds filled Jackson Park on Sunday, David Chen said.',
        '“It was full,” Chen said. Jackson Park will host two more concerts.',
      ),
    );
    expect(park.map((p) => p.name)).not.toContain('Jackson Park');
  });

  it('keeps a person whose name a relative clause about a book follows', () => {
    const list = people(
      story(
        'Books on the candidate',
        'The list includes a book by the investigative reporter Dave Cay Johnstone, which chronicles his rise.',
        'Johnstone said the book took three years. Johnstone spoke to 200 people.',
      ),
    );
    expect(list.map((p) => p.name)).toContain('Dave Cay Johnstone');
  });
});

describe('who is who: both sides of a coordination of full names', () => {
  it('lists the side of "Frank Newmark and Jim Hartley" the name finder left out', () => {
    const list = people(
      story(
        'Leadership counts',
        'VOTERS CARE MORE ABOUT INSPIRATION - Frank Newmark and Jim Hartley: “We found that the leadership strengths matter most.”',
        'Hartley said the survey ran for a month.',
      ),
    );
    expect(list.map((p) => p.name)).toEqual(expect.arrayContaining(['Frank Newmark', 'Jim Hartley']));
  });

  it('lists no institution a first name opens ("Austin Energy", "Virginia Tech researchers")', () => {
    const list = people(
      story(
        'Grid study contested',
        'The study was ordered by Judge Paul Reed and Virginia Tech researchers, who found the grid fragile.',
        '“The grid failed twice last winter,” Reed said.',
        'Paul Reed and Austin Energy had no comment on the cost. Reed said a ruling would follow in May.',
      ),
    );
    const names = list.map((p) => p.name);
    expect(names).toContain('Paul Reed');
    expect(names).not.toContain('Virginia Tech');
    expect(names).not.toContain('Austin Energy');
  });
});
