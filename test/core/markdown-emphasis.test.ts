import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { visibleText } from '../../src/core/visible-text';

/**
 * Audit 52, B-a52-10: a newsletter's Markdown — "**The sticking point** — …" run-in headings, "**SPOTTED:**" labels —
 * reached the summary, the open questions and the answers as copy, stars and all. Copy written for the test: a
 * harbour board's vote told in a newsletter's sections.
 */
const NEWSLETTER = [
  'Harbour board nears a vote on the ferry levy',
  '',
  'The harbour board is expected to vote on the ferry levy as soon as Friday, according to two members.',
  '',
  '**The hold-up** — Councillor Ines Marlow and Councillor Teodor Brandt want island residents to pay half the levy. Neither has said how they will vote.',
  '',
  '**What the port is saying** — Harbour master Elsie Fairweather said the port "can live with either formula" but would "not wait past June."',
  '',
  '**Head count** — Board aides believe they have six votes, according to a third member familiar with the count.',
].join('\n');

const shown = (text: string) => {
  const a = analyzeArticle(text);
  return [...a.summary.map((s) => s.text), ...a.questions.map((q) => q.text), ...a.sentences.map((s) => s.text)];
};

describe('Markdown emphasis is markup, not copy (audit 52, B-a52-10)', () => {
  it('drops a bold run-in heading and its dash from every sentence, summary line and question', () => {
    const lines = shown(NEWSLETTER);
    expect(lines.filter((l) => l.includes('*'))).toEqual([]);
    expect(lines.filter((l) => /hold-up|port is saying|Head count/.test(l))).toEqual([]);
    const a = analyzeArticle(NEWSLETTER);
    expect(a.sentences.map((s) => s.text)).toContain(
      'Board aides believe they have six votes, according to a third member familiar with the count.',
    );
  });

  it('keeps every offset honest: a sentence after a heading starts at its own first word in the input', () => {
    const a = analyzeArticle(NEWSLETTER);
    for (const s of a.sentences) expect(NEWSLETTER.slice(s.start, s.end).replace(/\*\*/g, '')).toBe(s.text);
    const brandt = a.sentences.find((s) => s.text.startsWith('Councillor Ines Marlow'))!;
    expect(NEWSLETTER.slice(brandt.start, brandt.start + 10)).toBe('Councillor');
  });

  it('keeps the words of bold copy, markers gone: inline, a long bold sentence, a colon label', () => {
    expect(visibleText('The levy is the **only** plan left.').text).toBe('The levy is the only plan left.');
    const long = '**The board has spent four years arguing over who pays for the ferry** — and it is not over.';
    expect(visibleText(long).text).toBe(
      'The board has spent four years arguing over who pays for the ferry — and it is not over.',
    );
    // A bold label before a colon may be a transcript's turn ("**Q:**", "**MARLOW:**"): its words stay for that reader.
    expect(visibleText('**SEEN:** Marlow and Brandt at the quay.').text).toBe('SEEN: Marlow and Brandt at the quay.');
    expect(visibleText('__Head count__ — six votes, aides say.').text).toBe('six votes, aides say.');
  });

  it('control: stars and underscores that mark no emphasis stay as written', () => {
    for (const text of [
      'He told the board to "go to h**l" and left.',
      'A sign read "f***ing levy" at the quay.',
      'Section one.\n\n***\n\nSection two.',
      'The last entry.\n\n___.\n\nThe next entry.',
      'Read snake_case__names and 2**10 as code.',
    ])
      expect(visibleText(text).text).toBe(text);
  });

  it('control: a plain heading-like opening keeps its words (no markup, no evidence)', () => {
    const text =
      'Ferry levy\n\nCritics — including two councillors — say the levy is unfair to island residents.\n\nThe catch: nobody has said how the board will vote.';
    expect(analyzeArticle(text).sentences.map((s) => s.text)).toEqual([
      'Critics — including two councillors — say the levy is unfair to island residents.',
      'The catch: nobody has said how the board will vote.',
    ]);
  });
});
