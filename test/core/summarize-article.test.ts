import { describe, expect, it } from 'vitest';
import type { Sentence } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { quotationBalanced } from '../../src/core/quotation-balanced';
import { summarizeArticle } from '../../src/core/summarize-article';
import { readEvalArticle, readFlynn } from './flynn-sample';

const DANGLING = /^(?:he|she|they|it|this|these|however|but|and)\b/i;

function sentence(id: number, text: string): Sentence {
  return { id, text, start: id * 100, end: id * 100 + text.length, paragraph: id };
}

describe('summarizeArticle', () => {
  it('gives 3-5 grounded items that do not open on a dangling word', () => {
    for (const text of [readFlynn(), readEvalArticle('politics/001'), readEvalArticle('tech/013')]) {
      const analysis = analyzeArticle(text);
      expect(analysis.summary.length).toBeGreaterThanOrEqual(3);
      expect(analysis.summary.length).toBeLessThanOrEqual(5);
      const ids = new Set(analysis.sentences.map((s) => s.id));
      for (const item of analysis.summary) {
        expect(item.sentenceIds.length).toBeGreaterThan(0);
        for (const id of item.sentenceIds) expect(ids.has(id)).toBe(true);
        expect(item.text).not.toMatch(DANGLING);
        // Grounded: the item is its sentence, give or take a dropped opener or a resolved pronoun.
        const source = analysis.sentences.find((s) => s.id === item.sentenceIds[0])!.text;
        expect(source.endsWith(item.text.slice(-40))).toBe(true);
      }
    }
  });

  it('drops a leading connective and resolves "She said" only to the speaker found for that sentence', () => {
    const sentences = [
      sentence(0, 'The council approved a new budget for the city libraries on Monday night.'),
      sentence(1, 'However, the library budget will fall by a tenth next year under the plan.'),
      sentence(2, 'She said the library budget cut would close three branches in the city.'),
      sentence(3, 'He said nothing more about the library budget or the branches.'),
    ];
    const summary = summarizeArticle({
      title: 'Council cuts library budget',
      sentences,
      quotes: [],
      statements: [{ text: 'the library budget cut would close three branches', speaker: 'Jane Doe', sentenceId: 2 }],
      entities: [{ name: 'Jane Doe', type: 'person' }],
    });
    const texts = summary.map((s) => s.text);
    expect(texts).toContain('The library budget will fall by a tenth next year under the plan.');
    expect(texts).toContain('Jane Doe said the library budget cut would close three branches in the city.');
    expect(texts.some((t) => t.startsWith('He said'))).toBe(false);
  });

  it('never gives the same sentence twice when an article repeats a paragraph', () => {
    const lead = 'The council will cut Sunday opening at the central library from April, officials said on Monday.';
    const summary = summarizeArticle({
      title: 'Library hours cut in budget',
      sentences: [
        sentence(0, lead),
        sentence(1, 'It was not clear how many staff would be affected by the change.'),
        sentence(2, lead),
        sentence(3, 'This would save money, they said.'),
      ],
      quotes: [],
      statements: [],
      entities: [],
    });
    const texts = summary.map((s) => s.text);
    expect(texts.filter((t) => t === lead)).toHaveLength(1);
    expect(new Set(texts).size).toBe(texts.length);
    // The first telling is the one kept, so the item points at where the reader meets it.
    expect(summary.find((s) => s.text === lead)?.sentenceIds).toEqual([0]);
    // Through the whole pipeline as well.
    const repeated = analyzeArticle(`Library hours cut in budget\n\n${lead}\n\n${lead}`).summary.map((s) => s.text);
    expect(repeated).toEqual([lead]);
  });

  it('passes over a sentence that opens or closes inside a quotation spanning a sentence boundary', () => {
    // Short article (3 items wanted): the two half-quotation sentences are the best scored on their
    // terms, yet a line with an unbalanced quotation mark reads as a misquote.
    const sentences = [
      sentence(0, 'The mayor defended the library budget cut at the council meeting on Monday night.'),
      sentence(1, 'Ms Diaz said, “The library budget cut is wrong for the city.'),
      sentence(2, 'The library budget cut will close three branches,” Ms Diaz added.'),
      sentence(3, 'Mr Lee said “the library budget is fair” before the council vote on Monday.'),
      sentence(4, 'The library budget cut passed the council by six votes to three.'),
      sentence(5, 'The library budget “was never fair,” Ms Diaz said after the library budget vote.'),
    ];
    const summary = summarizeArticle({
      title: 'Library budget cut passes council',
      sentences,
      quotes: [],
      statements: [],
      entities: [],
    });
    const ids = summary.flatMap((s) => s.sentenceIds);
    expect(ids).not.toContain(1);
    expect(ids).not.toContain(2);
    // Controls: a quotation wholly inside one sentence, and a sentence after a closed quotation, stay.
    expect(ids).toContain(3);
    expect(ids.length).toBe(3);
    for (const item of summary) expect(quotationBalanced(item.text)).toBe(true);
  });

  it('passes over a sentence lying wholly inside a quotation opened in the sentence before', () => {
    // Inside the quotation the words are the speaker's, not the reporter's: printed bare, the
    // accusation would read as the brief's own claim.
    const text = [
      'Budget row at the council',
      '',
      'The council passed the library budget on Monday after a long meeting.',
      '',
      'Councillor Ada Berg attacked the plan. “The library budget is a disgrace. The mayor lied about the library budget. Nobody believes the library figures,” she said.',
      '',
      'The mayor said the library budget would be reviewed next year.',
    ].join('\n');
    const analysis = analyzeArticle(text);
    const inside = analysis.sentences.filter((s) => /^The mayor lied/.test(s.text));
    expect(inside).toHaveLength(1);
    expect(analysis.summary.flatMap((s) => s.sentenceIds)).not.toContain(inside[0]!.id);
    // Control: the reporter's sentences about the same terms stay.
    expect(analysis.summary.some((s) => s.text.startsWith('The mayor said the library budget'))).toBe(true);
  });

  it("passes over an editor's note, to the end of its paragraph, and keeps the story's sentences", () => {
    const text = [
      'Mayor defends library budget',
      '',
      'The mayor defended the library budget at a council meeting on Monday.',
      '',
      'Councillors said the library budget left two branches without staff.',
      '',
      "Editor's note: The Courier has asked every candidate about the library budget. Their answers run on Sunday.",
      '',
      'The council votes on the library budget next week.',
    ].join('\n');
    const analysis = analyzeArticle(text);
    const texts = analysis.summary.map((s) => s.text);
    expect(texts.some((t) => /Editor|answers run/.test(t))).toBe(false);
    expect(texts).toContain('The mayor defended the library budget at a council meeting on Monday.');
    // Control: a story sentence that only mentions an editor's note is the story's.
    const about = summarizeArticle({
      title: 'Paper corrects report',
      sentences: [sentence(0, "The paper added an editor's note to the report on Monday.")],
      quotes: [],
      statements: [],
      entities: [],
    });
    expect(about.map((s) => s.text)).toEqual(["The paper added an editor's note to the report on Monday."]);
  });

  it('reads a quotation as balanced only when it opens and closes inside the text', () => {
    expect(quotationBalanced('Mr Lee said “the budget is fair” on Monday.')).toBe(true);
    expect(quotationBalanced('He said "no" and left.')).toBe(true);
    expect(quotationBalanced('No quotation here, he said.')).toBe(true);
    expect(quotationBalanced('Our president,” Trump added.')).toBe(false);
    expect(quotationBalanced('Ms Diaz said, “The cut is wrong.')).toBe(false);
    expect(quotationBalanced('He said: "It is great to see her win.')).toBe(false);
    // An apostrophe is not a quotation mark.
    expect(quotationBalanced('The mayor’s budget “is fair,” she said.')).toBe(true);
  });

  it('names the resolved speaker in a line tagged only with a pronoun, which a reader would pin on the line before', () => {
    // B-main-15: Hart's quote, tagged `he said`, followed Lopez's quote in the brief and read as hers.
    const article = [
      'Senator defends vote on border bill',
      'Senator Maria Lopez defended her vote on the border bill on Thursday, as critics in her own party called it a betrayal.',
      '"I voted for the bill because it funds the courts," Lopez said. "Nobody should pretend otherwise."',
      'Her Republican colleague, Senator John Hart, disagreed. "This bill does nothing for the border," he said.',
      'The New England Patriots reported that the team would not attend the rally. "We stay out of politics," a team spokesman said.',
      '"It is a sad day," said one aide, who spoke on condition of anonymity because he was not authorised to speak.',
    ].join('\n\n');
    const analysis = analyzeArticle(article);
    const texts = analysis.summary.map((s) => s.text);
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(texts.some((t) => /\bhe said\b/.test(t))).toBe(false);
    // It is credited as the key quotes credit it, every other word as the article has it.
    expect(texts).toContain('"This bill does nothing for the border," John Hart said.');
    // Control: the line tagged with a named speaker stays, word for word.
    expect(texts).toContain('"I voted for the bill because it funds the courts," Lopez said.');
    // The key quotes credit the line to the same speaker.
    expect(
      analysis.quotes.some((q) => q.text.includes('does nothing for the border') && q.speaker === 'John Hart'),
    ).toBe(true);
  });

  it('returns nothing for an empty article', () => {
    expect(summarizeArticle({ title: '', sentences: [], quotes: [], statements: [], entities: [] })).toEqual([]);
  });
});

describe('stand-alone summary items', () => {
  const none = { speakerBySentence: new Map<number, string>() };
  it('drops a dateline and a contrastive opener, and skips items leaning on the sentence before', async () => {
    const { standAloneSentence } = await import('../../src/core/stand-alone-sentence');
    expect(standAloneSentence(sentence(0, 'PORT ELLIS — The council has postponed the vote.'), none)).toBe(
      'The council has postponed the vote.',
    );
    expect(standAloneSentence(sentence(1, 'Instead the committee asked for a revised plan.'), none)).toBe(
      'The committee asked for a revised plan.',
    );
    expect(standAloneSentence(sentence(2, 'Other plans include longer opening hours.'), none)).toBeNull();
    expect(standAloneSentence(sentence(3, 'The US economy added 146,000 jobs.'), none)).toBe(
      'The US economy added 146,000 jobs.',
    );
  });

  it('puts the resolved speaker for a pronoun speech tag, skips it unresolved, and leaves named tags alone', async () => {
    const { standAloneSentence } = await import('../../src/core/stand-alone-sentence');
    const hart = { speakerBySentence: new Map([[0, 'John Hart']]) };
    const pronoun = { speakerBySentence: new Map([[0, 'he']]) };
    for (const [text, named] of [
      ['"This bill does nothing for the border," he said.', '"This bill does nothing for the border," John Hart said.'],
      ['“We will appeal,” she told reporters on Friday.', '“We will appeal,” John Hart told reporters on Friday.'],
      ['The plan was never costed, they added.', 'The plan was never costed, John Hart added.'],
      ['"It is over," said he.', '"It is over," said John Hart.'],
    ] as const) {
      expect(standAloneSentence(sentence(0, text), hart)).toBe(named);
      expect(standAloneSentence(sentence(0, text), none)).toBeNull();
      expect(standAloneSentence(sentence(0, text), pronoun)).toBeNull();
    }
    for (const text of [
      '"This bill does nothing for the border," Hart said.',
      'The mayor, who lost the vote, said he would resign.',
      'The council said it would appeal.',
    ])
      expect(standAloneSentence(sentence(0, text), hart)).toBe(text);
  });
});
