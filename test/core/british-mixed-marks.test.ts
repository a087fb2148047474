import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Review s48 B-a49-1: copy that quotes speech in '…' and a phrase or two in "…" (ABC style) was read as double-quote
// copy, because every double mark (two a quotation) was counted against single openers (one a quotation): one "…"
// phrase cancelled two '…' quotes. Quotations are now counted as they open. Invented copy.

const quotes = (paragraphs: string[]): Array<[string, string | null]> =>
  analyzeArticle(['Harbour sale goes to inquiry', '', ...paragraphs].join('\n\n')).quotes.map((q) => [
    q.text,
    q.speaker,
  ]);

describe('single-quoted speech beside a double-quoted phrase', () => {
  it('reads both single-quoted quotes and the double-quoted phrase', () => {
    expect(
      quotes([
        'Councillor Maeve Ostrander said the harbour sale had been hurried.',
        "'Ratepayers deserve to see every line of this contract,' Ms Ostrander told the chamber.",
        'Port manager Colm Rafferty said the sale had followed "the usual tender rules".',
        "'We will not be rushed into a bad bargain,' Rory Tench said.",
      ]),
    ).toEqual([
      ['Ratepayers deserve to see every line of this contract,', 'Maeve Ostrander'],
      ['the usual tender rules', 'Colm Rafferty'],
      ['We will not be rushed into a bad bargain,', 'Rory Tench'],
    ]);
  });

  it('nests a double-quoted phrase inside single-quoted speech (control)', () => {
    expect(
      quotes([
        '\'They called the bid "a fair price", and it was nothing of the kind,\' Ms Ostrander said.',
        "'We will not be rushed,' Rory Tench said.",
        "'The harbour belongs to the town,' said Colm Rafferty.",
      ]).map(([text]) => text),
    ).toEqual([
      "They called the bid 'a fair price', and it was nothing of the kind,",
      'We will not be rushed,',
      'The harbour belongs to the town,',
    ]);
  });
});

describe('double-quoted copy with single-marked terms keeps its reading (controls)', () => {
  it('three double-quoted quotations and a term in single marks', () => {
    expect(
      quotes([
        '"Ratepayers deserve to see the contract," Councillor Maeve Ostrander said.',
        "She called the bid a 'sweetheart deal'.",
        '"The tender followed the rules," said Colm Rafferty, the port manager.',
        '"We will not be rushed," Rory Tench said.',
      ]).map(([text]) => text),
    ).toEqual(['Ratepayers deserve to see the contract,', 'The tender followed the rules,', 'We will not be rushed,']);
  });

  it('one double-quoted quotation and two ratings in single marks', () => {
    expect(
      quotes([
        "The agency raised the port's rating to 'A-' from 'BBB+'.",
        '"Investors will take this as a reason to come back," said Colm Rafferty, an analyst.',
      ]).map(([text]) => text),
    ).toEqual(['Investors will take this as a reason to come back,']);
  });

  it('terms in single marks inside double-quoted speech, and apostrophes', () => {
    expect(
      quotes([
        "\"They keep saying 'transparency' and 'value', but the harbour's owners haven't seen the figures,\" Ms Ostrander said.",
        "The council's lawyers said the 'fast track' was lawful.",
        '"It\'s a fair price for the port," Colm Rafferty said.',
      ]).map(([text]) => text),
    ).toEqual([
      "They keep saying 'transparency' and 'value', but the harbour's owners haven't seen the figures,",
      "It's a fair price for the port,",
    ]);
  });
});
