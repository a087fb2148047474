import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

// Audit 56 (session 55, fix55c): B-a56-19's who-is-who shapes and the duplicate question, on invented copy.

const read = (body: string) => analyzeArticle(`Harbour row deepens\n\n${body}`);
const people = (body: string) => whoIsWho(read(body)).people.map((p) => `${p.name} — ${p.role ?? ''}`);

describe('who is who', () => {
  it('a portfolio of two parts joined by "and" is one title', () => {
    expect(
      people('Roads and Harbours Minister Jane Okafor defended the plan on Monday. "It is the minimum," Okafor said.'),
    ).toContain('Jane Okafor — Roads and Harbours Minister');
  });

  it('a surname written after a given name elsewhere is no portfolio', () => {
    const listed = people(
      'John Tarrant arrived late. Tarrant and Harbours Minister Jane Okafor met on Monday. "It is the minimum," Okafor said.',
    );
    expect(listed).toContain('Jane Okafor — Harbours Minister');
  });

  it('a double surname shortened to its first part is the same person, listed once', () => {
    const listed = people(
      'Portuguese MEP Rui Carvalho Mendes, of the centre-left group, said the plan was wrong. "It is a trap," Carvalho said.',
    );
    expect(listed).toEqual(['Rui Carvalho Mendes — Portuguese MEP']);
  });

  it('a body written with and without "the" is one organisation', () => {
    const orgs = whoIsWho(
      read(
        'The Harbour Authority met on Monday. Harbour Authority staff walked out. Officials said the Harbour Authority would meet again.',
      ),
    ).organizations;
    expect(orgs.filter((o) => /Harbour Authority$/.test(o))).toHaveLength(1);
  });
});

describe('the same question put to two parties is asked once', () => {
  it('a trailing "(whom to ask)" does not make it new', () => {
    const asked = read(
      'At an inquiry of the port board, Sen. Ana Reyes showed photos of the pier. The builder, Tidewater Corp., was represented at the inquiry by its president. The board will hold another inquiry on Dec. 3, and members said the inquiry would decide whether to refer the case to prosecutors.',
    ).questions.map((q) => q.text.replace(/\s*\([^()]*\)$/, ''));
    expect(new Set(asked).size).toBe(asked.length);
  });
});
