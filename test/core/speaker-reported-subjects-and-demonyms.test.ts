import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 56 (sp69b): issue 11 — a name between "said" and a partial quotation is the quoted clause's subject, relays
// in a reporting verb's words ("reports <outlet>", "<outlet> reported"), and a demonym after a place's opening word
// ("New Yorker"). Invented copy of each shape.

const read = (body: string) => analyzeArticle(`Harbour news in brief\n\n${body}`);
const speakerOf = (body: string, words: string): string | null | undefined =>
  read(body).quotes.find((q) => q.text.includes(words))?.speaker;

describe('a name between the reporting verb and a partial quotation', () => {
  it.each([
    [
      'a full name and a long apposition',
      'Peter Green, a lecturer in planning law at the University of Leeds, said Fenwick "has done nothing wrong."',
      'done nothing wrong',
      'Fenwick',
    ],
    [
      'a surname and a long apposition',
      'The harbour board met on Monday. Green, a lecturer in planning law at the University of Leeds in Yorkshire, said Leith "has been a poor chair."',
      'poor chair',
      'Leith',
    ],
  ])('is not credited after %s', (_shape, body, words, name) => {
    expect(speakerOf(body, words)).not.toBe(name);
  });

  it.each([
    ['an inverted tag', '"The rules were broken," said Ada Vance, a lecturer.', 'rules were broken', 'Ada Vance'],
    ['a tag before a colon', 'Ada Vance said: "The rules were broken."', 'rules were broken', 'Ada Vance'],
  ])('keeps the speaker of %s', (_shape, body, words, speaker) => {
    expect(speakerOf(body, words)).toBe(speaker);
  });
});

describe('a quotation relayed in a reporting verb', () => {
  it.each([
    [
      'reports <outlet>',
      '"We will not back down," said Ann Lee, the chair of Tenants First, reports the Harbour Herald.',
    ],
    ['<outlet> reported', '"We will not back down," Ann Lee said on Monday, the Harbour Herald reported.'],
  ])('credits no one after "%s"', (_shape, body) => {
    expect(speakerOf(body, 'not back down')).toBeNull();
  });

  it.each([
    ['a participle of "report"', '"We will not back down," Ann Lee said, reporting that the fund was safe.'],
    ['a report in the next sentence', '"We will not back down," Ann Lee said. The Harbour Herald reported the vote.'],
  ])('keeps the speaker after %s', (_shape, body) => {
    expect(speakerOf(body, 'not back down')).toBe('Ann Lee');
  });
});

describe('a demonym after a place word', () => {
  it('leaves the name whole and the demonym out', () => {
    const body = '"The rent is too high," said New Yorker Tom Peters, a tenant of the block.';
    expect(speakerOf(body, 'rent is too high')).toBe('Tom Peters');
  });

  it('keeps a place before a post', () => {
    const body = '"We pay too much," said New Hampshire resident Ann Lee.';
    expect(speakerOf(body, 'pay too much')).toBe('Ann Lee');
  });
});
