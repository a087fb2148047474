import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/clean-article';
import { splitSentences } from '../../src/core/split-sentences';

function body(text: string, title?: string): string[] {
  return splitSentences(cleanArticle(text, title ? { title } : {})).map((s) => s.text);
}

describe('cleanArticle', () => {
  it('strips a leading photo credit from the headline', () => {
    expect(cleanArticle('© Reuters/ Mary Smith Markets Fall Again\n\nStocks fell.').title).toBe('Markets Fall Again');
    expect(cleanArticle('© AP Photo/ Drew Angerer / GETTY IMAGES NORTH AMERICA UK Budget Row\n\nText.').title).toBe(
      'UK Budget Row',
    );
  });

  it('drops bylines, credits with promos and read-more lines', () => {
    const text = [
      'Council Votes on Budget',
      '',
      'By Jane Doe',
      '',
      'LONDON (Reuters) — The council voted on Tuesday.',
      '',
      '© AP Photo/ John Roe How the Vote Was Won',
      '',
      'Read more: Ten things about budgets',
      '',
      'The vote was close.',
    ].join('\n');
    expect(body(text)).toEqual(['The council voted on Tuesday.', 'The vote was close.']);
  });

  it("drops a writer's follow-me line and a tip credit, and keeps story sentences about following or Twitter", () => {
    const text = [
      'Mayor Quits',
      '',
      'The mayor resigned on Friday.',
      '',
      'She said she would follow the inquiry from home and post updates on Twitter.',
      '',
      'Follow-up questions on Twitter led the council to delete the post on Monday.',
      '',
      'Follow the money, Ms Lee told reporters, and you will find who on Twitter paid for the ads.',
      '',
      '(h/t The Courier.)',
      '',
      'Follow Dana Reyes on Twitter @danareyes.',
      '',
      'Follow Sam Ode and Lee Park on Twitter: https://twitter.com/samode and https://twitter.com/leepark.',
      '',
      'Follow @thecourier.',
    ].join('\n');
    expect(body(text)).toEqual([
      'The mayor resigned on Friday.',
      'She said she would follow the inquiry from home and post updates on Twitter.',
      'Follow-up questions on Twitter led the council to delete the post on Monday.',
      'Follow the money, Ms Lee told reporters, and you will find who on Twitter paid for the ads.',
    ]);
  });

  it('drops a picture credit on a line of its own, and keeps short story lines with a slash or lower-case words', () => {
    const text = [
      'Harbour Reopens',
      '',
      'The harbour reopened on Monday.',
      '',
      'Pixabay/Wire Pictures.',
      '',
      'Tom Reed/Daily Courier.',
      '',
      'The 24/7 ferry service returns in May.',
      '',
      'Dock Workers Union/council talks resume soon.',
    ].join('\n');
    expect(body(text)).toEqual([
      'The harbour reopened on Monday.',
      'The 24/7 ferry service returns in May.',
      'Dock Workers Union/council talks resume soon.',
    ]);
  });

  it('drops a promo label standing alone and the link headline under it, and keeps a sentence after one', () => {
    const related = [
      'T',
      '',
      'The vote was close.',
      '',
      '"Related:"',
      '',
      'Council Leaders Reject The Idea Of A Depot Sale.',
    ];
    expect(body(related.join('\n'))).toEqual(['The vote was close.']);
    const readMore = ['T', '', 'Read more:', '', 'Port Chiefs Welcome New Ferry Contract', '', 'The vote was close.'];
    expect(body(readMore.join('\n'))).toEqual(['The vote was close.']);
    const story = ['T', '', 'See also:', '', 'The council met again on Friday to discuss the depot.'];
    expect(body(story.join('\n'))).toEqual(['The council met again on Friday to discuss the depot.']);
  });

  it('strips datelines without agencies but keeps ordinary capitalised openings', () => {
    expect(body('T\n\nWASHINGTON — Congress met.')).toEqual(['Congress met.']);
    expect(body('T\n\nUS officials met on Monday.')).toEqual(['US officials met on Monday.']);
  });

  it('uses meta.title and does not repeat the headline in the body', () => {
    const article = cleanArticle('Budget passes\n\nThe budget passed.', { title: 'Budget passes' });
    expect(article.title).toBe('Budget passes');
    expect(splitSentences(article).map((s) => s.text)).toEqual(['The budget passed.']);
    const noHeadline = cleanArticle('The budget passed on Monday. It was close.', { title: 'Budget passes' });
    expect(splitSentences(noHeadline).map((s) => s.text)).toEqual(['The budget passed on Monday.', 'It was close.']);
  });
});
