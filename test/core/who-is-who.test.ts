import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';
import { readFlynn } from './flynn-sample';

const STORY = [
  'Ferry contract faces inquiry',
  '',
  'Brightwater Marine will run the Solent Link service from Port Ellis, the council said on Monday.',
  '',
  'Councillor Dana F. Whitley, the council’s transport chair, said the deal was sound.',
  '',
  '“We checked every figure,” Ms Whitley said.',
  '',
  'John Finney, a noted cryptography expert, said the booking system was secure.',
  '',
  'His wife, Fran Finney, a former U.S. attorney, disagreed.',
  '',
  '“It is not secure,” Fran Finney said.',
  '',
  'Brightwater Marine declined to comment. The Brightwater Marine ferries carry 2,000 people a day.',
].join('\n');

describe('whoIsWho', () => {
  const who = whoIsWho(analyzeArticle(STORY));
  const line = (name: string) => who.people.find((p) => p.name === name);

  it('lists people only: no company, service or place', () => {
    const names = who.people.map((p) => p.name);
    for (const thing of ['Brightwater Marine', 'Solent Link', 'Port Ellis']) expect(names).not.toContain(thing);
    expect(who.organizations).toContain('Brightwater Marine');
  });

  it('types those runs as an organisation or a place in the analysis itself', () => {
    const types = new Map(analyzeArticle(STORY).entities.map((e) => [e.name, e.type]));
    expect(types.get('Brightwater Marine')).toBe('organization');
    expect(types.get('Port Ellis')).toBe('place');
  });

  it('gives each person the role the copy gives that person, whole', () => {
    expect(line('John Finney')?.role).toBe('noted cryptography expert');
    expect(line('Fran Finney')?.role).toBe('former U.S. attorney');
    expect(line('Dana F. Whitley')?.role).toBe('council’s transport chair');
  });

  it('names the protagonists of the Flynn story with their roles', () => {
    const flynn = whoIsWho(analyzeArticle(readFlynn()));
    const lines = flynn.people.map((p) => (p.role ? `${p.name} — ${p.role}` : p.name));
    expect(lines).toContain('Robert Kelner — Flynn’s attorney');
    expect(lines).toContain('Devin Nunes — US House Intelligence Committee Chairman');
    expect(lines).toContain('Spicer');
  });

  it('keeps companies and places of the ferry sample out of the people', () => {
    const ferry = whoIsWho(analyzeArticle(readFileSync('samples/harbour-ferry-contract.txt', 'utf8')));
    const names = ferry.people.map((p) => p.name);
    expect(names).toContain('Tom Reddy');
    for (const thing of ['Brightwater Marine', 'Solent Link', 'Port Ellis']) expect(names).not.toContain(thing);
  });
});

describe('whoIsWho roles from appositions', () => {
  const ROLES = [
    'Senate vote on trade bill slips',
    '',
    'Senator Bob Corker, a Tennessee Republican, said the vote would slip to next week.',
    '',
    '“We are not there yet,” Mr. Corker said.',
    '',
    'Anna Greenberg, a Democratic pollster, said voters had not noticed the bill.',
    '',
    '“Nobody is following this,” Ms. Greenberg said.',
    '',
    'Norm Coleman, a former senator from Minnesota who is supporting Mr. Corker, said the bill would pass.',
    '',
    '“It will pass,” Mr. Coleman said.',
  ].join('\n');
  const who = whoIsWho(analyzeArticle(ROLES));
  const role = (surname: string) => who.people.find((p) => p.name.endsWith(surname))?.role;

  it('prefers the apposition beside the name to a bare title', () => {
    expect(role('Corker')).toBe('Tennessee Republican');
  });

  it('takes an article-led apposition whose head names what the person does', () => {
    expect(role('Greenberg')).toBe('Democratic pollster');
  });

  it('ends the role where a clause about the person begins, never at "Mr."', () => {
    expect(role('Coleman')).toBe('former senator from Minnesota');
  });
});

describe('whoIsWho keeps sentence openers and places out of names', () => {
  const COPY = [
    'Cruz gains in Iowa',
    '',
    'Using Ted Cruz as a foil, the governor spoke for an hour. Ted Cruz said he was not worried.',
    '',
    'Democratic-leaning New Jersey voted early. Democratic-leaning New Jersey has not changed.',
    '',
    'John Dickey, the chief executive of Ora Media -- the company that owns the show -- said ratings rose.',
    '',
    '“We are growing,” Mr. Dickey said.',
  ].join('\n');
  const who = whoIsWho(analyzeArticle(COPY));
  const names = who.people.map((p) => p.name);

  it('drops an opener the name run swallowed', () => {
    expect(names).toContain('Ted Cruz');
    expect(names).not.toContain('Using Ted Cruz');
  });

  it('drops a subordinating conjunction that opens a clause before a surname ("Whether Cruz can…")', () => {
    const clauses = whoIsWho(
      analyzeArticle(
        [
          'Cruz fights on',
          '',
          'Ted Cruz spoke in Iowa on Monday, and Cruz said he would stay.',
          '',
          'Whether Cruz can win the state is unclear, aides said.',
          '',
          'Unless Cruz wins, the campaign ends.',
        ].join('\n'),
      ),
    ).people.map((p) => p.name);
    expect(clauses).toEqual(['Ted Cruz']);
  });

  it('lists no place with a lower-case compound as a person', () => {
    expect(names.some((n) => n.includes('New Jersey'))).toBe(false);
  });

  it('ends a role at a dash that opens an aside', () => {
    expect(who.people.find((p) => p.name === 'John Dickey')?.role).toBe('chief executive of Ora Media');
  });
});

describe('whoIsWho names the protagonists, most mentioned first, once each', () => {
  const COPY = [
    'Obama heads to Asia',
    '',
    'President Obama will meet the Burmese leader on Friday. Mr. Obama said the talks would be hard.',
    '',
    'The Obama administration lifted sanctions last year. Obama has visited the region twice.',
    '',
    'Former Obama adviser Ben Rhodes said the trip was planned months ago. Ben Rhodes, a deputy national security adviser, travels with him.',
    '',
    'California voted on Tuesday. California has a primary next month, said Donald Trump.',
    '',
    'Gary Johnson said the visit was safe. Gary Johnson added that he had checked.',
    '',
    'Homeland Security Secretary Jeh Johnson says hackers are taking aim at election officials.',
    '',
    ...['Ann Lee', 'Bob Kerr', 'Carl Moss', 'Dan Ruiz', 'Emma Vance', 'Fred Wolfe', 'Gina Hart'].map(
      (name) => `${name} said the trip mattered. ${name} spoke on Monday.`,
    ),
  ].join('\n');
  const who = whoIsWho(analyzeArticle(COPY));
  const names = who.people.map((p) => p.name);

  it('lists a protagonist the copy names by title and surname alone ("Mr. Obama"), even beside "the Obama administration"', () => {
    expect(names[0]).toBe('Obama');
  });

  it('keeps a lone state name, an opener ("Former Obama") and a trailing full stop out of the names', () => {
    expect(names).not.toContain('California');
    expect(names.some((n) => n.startsWith('Former'))).toBe(false);
    expect(names.every((n) => !n.endsWith('.'))).toBe(true);
  });

  it('lists one person once, whatever title the run kept', () => {
    expect(names.filter((n) => n.endsWith('Jeh Johnson'))).toHaveLength(1);
  });

  it('lists one person once with and without a middle initial, but keeps two initialled namesakes apart', () => {
    // The name finder can return both spellings as entities (it did on four NYT stories: "Donald J.
    // Trump" and "Donald Trump"); who-is-who must not list the person twice.
    const text = [
      'Harbour plan stalls',
      '',
      'Marcus T. Fell said the plan was dead. Mr Fell added that the vote would fail. Marcus Fell spoke on Friday.',
    ].join('\n');
    const analysis = analyzeArticle(text);
    const fell = analysis.entities.find((e) => e.name === 'Marcus T. Fell')!;
    analysis.entities.push({ ...fell, name: 'Marcus Fell' });
    expect(whoIsWho(analysis).people.filter((p) => /^Marcus (?:T\. )?Fell$/.test(p.name))).toHaveLength(1);

    // Two initialled Georges: a bare "George Bush" could be either, so all three stay.
    const bushes = analyzeArticle(
      [
        'Two presidents remembered',
        '',
        'George W. Bush said his father was a model. George H.W. Bush led the country from 1989.',
        '',
        'George W. Bush spoke first. George H.W. Bush spoke next. George Bush was praised. George Bush was thanked.',
      ].join('\n'),
    );
    const george = bushes.entities.find((e) => e.name.startsWith('George'))!;
    for (const name of ['George W. Bush', 'George H.W. Bush', 'George Bush'])
      if (!bushes.entities.some((e) => e.name === name)) bushes.entities.push({ ...george, name });
    const names = whoIsWho(bushes).people.map((p) => p.name);
    expect(names.filter((n) => n.startsWith('George')).sort()).toEqual([
      'George Bush',
      'George H.W. Bush',
      'George W. Bush',
    ]);
  });

  it('lists more than eight people named twice or more, the most mentioned first', () => {
    expect(names.length).toBeGreaterThan(8);
    expect(names).toContain('Gina Hart');
    expect(names.indexOf('Obama')).toBeLessThan(names.indexOf('Ann Lee'));
  });
});

describe('whoIsWho keeps openers, organisations and places out of names', () => {
  const COPY = [
    'Trump and Clinton trade blows',
    '',
    "During Mr. Clinton's 1992 campaign, Betsey Wright, a close aide, coined the term in describing rumors.",
    '',
    'Should Mr. Trump get trounced in South Florida, he might be hard-pressed to make up the difference elsewhere.',
    '',
    'A projection by the consulting firm Oxford Economics predicted that workers would see their hourly rates decreased. Oxford Economics said so in May.',
    '',
    'He is holding a rally in San Jose, Calif. Punches were thrown at a rally last week in San Jose.',
    '',
    "He represented Alabama's Fifth Congressional District. Fifth Congressional District voters switched parties.",
    '',
    'Mr. Clinton said little. Mr. Trump said more. Mr. Clinton left early and Mr. Trump stayed.',
  ].join('\n');
  const names = whoIsWho(analyzeArticle(COPY)).people.map((p) => p.name);

  it('lists a person the copy names only as "Mr. X", without the word before it or the honorific', () => {
    expect(names).toContain('Clinton');
    expect(names).toContain('Trump');
    expect(names.some((n) => /^(?:During|Should|Mr)\b/.test(n))).toBe(false);
  });

  it('lists no research firm, district or city as a person', () => {
    for (const thing of ['Oxford Economics', 'San Jose', 'Fifth Congressional District'])
      expect(names).not.toContain(thing);
  });
});

describe('roles from an article-led apposition', () => {
  it('reads a role noun, not a time phrase that ends like one', () => {
    const story = [
      'Council delays vote',
      '',
      'Councillor John Smith, a day later, filed a complaint. Mary Jones, an hour earlier, had left the meeting.',
      'Peter Brown, a retired engineer, said the plan was sound. Smith and Jones did not comment; Brown said more.',
    ].join('\n');
    const people = whoIsWho(analyzeArticle(story)).people;
    const roleOf = (name: string) => people.find((p) => p.name.endsWith(name))?.role;
    expect(roleOf('John Smith') ?? '').not.toMatch(/later/);
    expect(roleOf('Mary Jones') ?? '').not.toMatch(/earlier/);
    expect(roleOf('Peter Brown')).toBe('retired engineer');
  });
});
