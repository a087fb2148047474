import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

function statements(body: string) {
  return analyzeArticle(`Headline\n\n${body}`).statements;
}

describe('findStatements', () => {
  it('finds "X said (that) ..." and "..., X said." with resolved speakers', () => {
    const found = statements(
      [
        'Finance chief Dana Rowe said that the company would cut 200 jobs next year.',
        'Sales had fallen sharply in the second quarter, she told analysts.',
        'The shares rose 3%.',
      ].join('\n'),
    );
    expect(found).toEqual([
      { text: 'the company would cut 200 jobs next year', speaker: 'Dana Rowe', sentenceId: 0 },
      { text: 'Sales had fallen sharply in the second quarter', speaker: 'Dana Rowe', sentenceId: 1 },
    ]);
  });

  it('ignores verbs that are not reporting speech and sentences with direct quotes', () => {
    const found = statements('Russian officials have repeatedly denied the claims.\n"We are fine," said Ed Pike.');
    expect(found).toEqual([]);
  });
});

describe('findStatements: speakers', () => {
  it('takes a subject noun phrase before "said" as the speaker, not an earlier speaker', () => {
    const found = statements(
      [
        "A spokesman for the Harbour Users' Group said prices had doubled since 2020.",
        'It is unclear whether the operator will stay. The council said talks with the operator were continuing.',
      ].join('\n'),
    );
    expect(found.map((s) => [s.speaker, s.text])).toEqual([
      // The article word in lower case, as "the council" (review s38 B-r38-11): a speaker is printed mid-line.
      ["a spokesman for the Harbour Users' Group", 'prices had doubled since 2020'],
      ['the council', 'talks with the operator were continuing'],
    ]);
  });

  it('reads "X, who told Y that Z" as Z by X, never a determiner as speaker', () => {
    const found = statements(
      'The allegations were made by a former nurse, who told the Westbrook Herald that about 200 records were altered last spring.',
    );
    expect(found).toEqual([
      { text: 'about 200 records were altered last spring', speaker: 'a former nurse', sentenceId: 0 },
    ]);
  });

  it('finds the Flynn story speakers (a trailing tag and a named subject)', () => {
    const found = analyzeArticle(
      readFileSync(join(import.meta.dirname, '../../../shared/samples/flynn-immunity.txt'), 'utf8'),
    ).statements;
    expect(found.find((s) => s.text.startsWith('The White House is not concerned'))?.speaker).toBe('Spicer');
    expect(found.find((s) => s.text.startsWith('the committee had no evidence'))?.speaker).toBe('Devin Nunes');
  });

  it('drops speakers that are not noun phrases for a body, role or person', () => {
    const found = statements(
      [
        'Half of them argue that workers abroad offer better value.',
        'Rules introduced in 2010 demand that shops close at ten.',
        'In 2001 the club said it would not move grounds.',
        'It has been suggested the bank will raise rates again.',
        'The summit is thought unlikely to produce a deal.',
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });

  it('does not let a work title stand in for the person a pronoun means', () => {
    const found = statements(
      [
        'Nina Ford runs a charity in Leeds.',
        'She appeared on the programme Kitchen Stories last week.',
        'She said the charity would open a second shop.',
      ].join('\n'),
    );
    expect(found.map((s) => s.speaker)).toEqual(['Nina Ford']);
  });

  it('keeps a denier as the antecedent of a later pronoun but states nothing for the denial', () => {
    const found = statements(
      'The firms deny that they misled customers about the fees.\nThey also say they have repaid most of the money.',
    );
    expect(found).toEqual([{ text: 'they have repaid most of the money', speaker: 'the firms', sentenceId: 1 }]);
  });

  it('drops a pronoun in a subordinate clause when two people could be meant', () => {
    expect(
      statements('Ms Ray declined to discuss reports the fund paid Mr Bell after he said the deal was dead.'),
    ).toEqual([]);
  });
});

describe('findStatements: reported clauses', () => {
  it('needs a clause with a verb, not a negation, question, passive or object', () => {
    const found = statements(
      [
        'Mr Cole refused to say whether the plant would close.',
        'Mr Hale predicted a landslide defeat.',
        'The regulator warned banks to raise their capital buffers.',
        'The group has a plan which it says members can follow at home.',
        'Ms Grant told an audience in Leeds the company was growing.',
        'The images prompted complaints, claims denied by the party.',
      ].join('\n'),
    );
    expect(found).toEqual([]);
  });

  it('skips a known listener or a short adverbial, and reads a relative "that" as part of the clause', () => {
    const found = statements(
      [
        'Ms Grant told reporters the company was growing.',
        'Westcorp said in a statement it is reviewing the contract.',
        'Dr Lane says he is building a robot that will sort waste by hand.',
      ].join('\n'),
    );
    expect(found.map((s) => [s.speaker, s.text])).toEqual([
      ['Grant', 'the company was growing'],
      ['Westcorp', 'it is reviewing the contract'],
      ['Lane', 'he is building a robot that will sort waste by hand'],
    ]);
  });

  it('reports the same claim once', () => {
    const found = statements(
      'Mr Hale said the plant would close in May.\nWorkers were told on Monday.\nMr Hale said the plant would close in May.',
    );
    expect(found).toHaveLength(1);
  });
});
