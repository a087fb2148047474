import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';

function entities(body: string): Entity[] {
  return analyzeArticle(`Headline\n\n${body}`).entities;
}

describe('findEntities', () => {
  it('gives a title after a sentence\'s "As" to the named person without the "As"', () => {
    const found = entities('As President Obama prepared his budget, aides met senators. Obama said the plan was fair.');
    expect(found.find((e) => e.name === 'Obama')?.role).toBe('President');
  });

  it('reads roles before the name, after it, and in a possessive', () => {
    const found = entities(
      [
        'Prices rose, said Rick Egelton, deputy chief economist at BMO Financial Group.',
        'The Shadow Secretary of State for Health, Jane Ward, said so too.',
        "Acme's lawyer Omar Haddad declined to comment.",
        'Trade Minister Lisa Park flew to Paris.',
      ].join('\n'),
    );
    const role = (name: string) => found.find((e) => e.name === name)?.role;
    expect(role('Rick Egelton')).toBe('deputy chief economist at BMO Financial Group');
    expect(role('Jane Ward')).toBe('Shadow Secretary of State for Health');
    expect(role('Omar Haddad')).toBe("Acme's lawyer");
    expect(role('Lisa Park')).toBe('Trade Minister');
    expect(found.find((e) => e.name === 'Paris')?.type).toBe('place');
  });

  it('reads a role word closing a name after a given name as the surname, and keeps titles before a name', () => {
    const found = entities(
      [
        'Critics called on Howard Dean to apologise for the remark on Monday.',
        'Dean, a medical doctor, defended it on Tuesday, and Jane Bishop agreed with him.',
        'Bishop Desmond Tutu was not asked.',
      ].join('\n'),
    );
    const names = found.filter((e) => e.type === 'person').map((e) => e.name);
    expect(names).toContain('Howard Dean');
    expect(names).toContain('Jane Bishop');
    // Controls: a role word before the name is still its title, not a person of its own.
    expect(names).toContain('Desmond Tutu');
    expect(names.some((n) => /^Bishop/.test(n))).toBe(false);
  });

  it('reads an honorific written out in full, closing a name after a given name, as the surname', () => {
    const found = entities(
      [
        'Last week the network hired Larry King for its new programme. Billie Jean King said it was fine.',
        'King Abdullah was not asked, and Queen Rania did not comment.',
      ].join('\n'),
    );
    const names = found.filter((e) => e.type === 'person').map((e) => e.name);
    expect(names).toContain('Larry King');
    expect(names).toContain('Billie Jean King');
    // Controls: an honorific before the name stays its title.
    expect(names).toContain('Abdullah');
    expect(names.some((n) => /^(?:King|Queen)\b/.test(n))).toBe(false);
  });

  it('lists people, organisations and places of one sentence in the order the sentence names them', () => {
    const found = entities(
      'Barclays Bank hired Gordon Brown from the Bank of England, and Lisa Park joined Oxfam in London.',
    );
    expect(found.map((e) => e.name)).toEqual([
      'Barclays Bank',
      'Gordon Brown',
      'Bank of England',
      'Lisa Park',
      'London',
    ]);
  });

  it('merges "Mr X" and "X" into the fullest name and keeps organisations apart', () => {
    const found = entities('Gordon Brown spoke to the Bank of England.\nMr Brown said rates would stay.');
    expect(found.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Gordon Brown']);
    expect(found.some((e) => e.type === 'organization' && /Bank/.test(e.name))).toBe(true);
  });

  it('keeps two people whose names differ only in middle initials apart, written with or without a space', () => {
    const found = entities(
      [
        'Former governor Walter H. W. Crane said the dam would hold.',
        'His son, Senator Walter W. Crane, said it would not.',
        '"It is finished," Walter H.W. Crane said.',
      ].join('\n'),
    );
    const people = found.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people.filter((n) => n.endsWith('Crane'))).toEqual(['Walter H. W. Crane', 'Walter W. Crane']);
  });

  it('keeps a person named by a first initial apart from a namesake with a first name', () => {
    const analysis = analyzeArticle(
      [
        'Council split',
        '',
        'Jane Smith, the council leader, backed the plan. Her deputy, R. Smith, disagreed.',
        '"This is a mistake," R. Smith said.',
      ].join('\n'),
    );
    const people = analysis.entities.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Jane Smith', 'R. Smith']));
    expect(analysis.quotes.map((q) => q.speaker)).toEqual(['R. Smith']);
  });

  it('reads a long run of initials before a surname as no name of that length', () => {
    // Hostile copy: every initial joined to the name would make a 5,000-word person.
    const found = entities(`Then ${'A. '.repeat(5000)}Crane said "yes" on Monday.`);
    for (const e of found) expect(e.name.split(' ').length).toBeLessThanOrEqual(8);
  });

  it('reads one person written with and without a middle initial, and a name before closing marks', () => {
    const found = entities(
      [
        'Marcus T. Fell said the harbour plan was dead.',
        "His rival could not bring herself to say two words: ''Marcus Fell.''",
        'Billionaire Marcus Fell then met Ivy Fell, his sister, who runs the port.',
      ].join('\n'),
    );
    const people = found.filter((e) => e.type === 'person').map((e) => e.name);
    // One Marcus (the initialled name is the fullest) and his sister: no "Fell." and no second Marcus.
    expect(people.filter((n) => n.includes('Marcus'))).toHaveLength(1);
    expect(people).toContain('Ivy Fell');
    expect(people.some((n) => n.endsWith('.'))).toBe(false);
  });

  it('does not take party labels, titles of works or sentence openers for people', () => {
    const found = entities(
      'Liberal Democrat spokeswoman Sandra Gidley said it was wrong.\n' +
        'However, the show The Weakest Link returned on Monday.',
    );
    const people = found.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(['Sandra Gidley']);
  });

  it('does not read a conjunction, an auxiliary or a quantifier that opens a sentence as part of the name after it', () => {
    const found = entities(
      'Because Victor Lane refused to sign, the council stalled.\n' +
        'Unless Maria Ortiz votes yes, the bill fails. Whether Tom Reyes stays is unclear.\n' +
        'Although Ann Park objected, it passed. Neither Ruth Kemp nor her deputy spoke. Did Omar Hale know?',
    );
    const people = found.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(['Victor Lane', 'Maria Ortiz', 'Tom Reyes', 'Ann Park', 'Ruth Kemp', 'Omar Hale']);
  });

  it('keeps a given name that is also an auxiliary or a verb: Will, Can, Do, Said', () => {
    const found = entities(
      'Will Dunham and Can Dundar met Edward Said. Do Kwon was not there. Will Dunham said it went well.',
    );
    const people = found.filter((e) => e.type === 'person').map((e) => e.name);
    expect(people).toEqual(expect.arrayContaining(['Will Dunham', 'Can Dundar', 'Edward Said', 'Do Kwon']));
  });
});
