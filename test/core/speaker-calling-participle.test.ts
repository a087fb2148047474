import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const quoteSpeakers = (body: string): Array<string | null> =>
  analyzeArticle(`Pier vote in brief\n\n${body}`).quotes.map((q) => q.speaker);

const lead = 'Councillors in Marlow voted on Monday to sell the old pier to a developer.\n\n';

/** Session 47 (sp59): ", calling it "…"" is the words of the clause's subject, as "called it "…"" is. */
describe('a quotation after ", calling"', () => {
  it('belongs to the subject of the clause the participle follows', () => {
    expect(
      quoteSpeakers(
        `${lead}The union hit back at the council, calling the sale "a betrayal of every family on the seafront."`,
      ),
    ).toEqual(['the union']);
  });

  it('belongs to a named subject too', () => {
    expect(
      quoteSpeakers(
        `${lead}Marsh went after the council on Wednesday over its vote, calling it "a betrayal of every family on the seafront."`,
      ),
    ).toEqual(['Marsh']);
  });

  it('control: "saying" after the same clause already gave it to the subject', () => {
    expect(
      quoteSpeakers(
        `${lead}The union hit back at the council, saying the sale was "a betrayal of every family on the seafront."`,
      ),
    ).toEqual(['the union']);
  });

  it('control: a sign calling for something names no speaker', () => {
    expect(quoteSpeakers(`${lead}A man on the pier held a sign calling for "a vote of every resident."`)).toEqual([
      null,
    ]);
  });
});
