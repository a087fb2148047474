import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/ingest/extract-article';
import { FetchError } from '../../src/ingest/fetch-error';
import { htmlToText } from '../../src/ingest/html-to-text';
import { parseArticleFile } from '../../src/ingest/parse-article-file';

const URL_ = 'https://news.example/story';
const prose = `<p>${'The council met on Monday to discuss the budget for the coming year and its plans. '.repeat(4)}</p>`;
const nested = (n: number) => `<html><body>${'<div>'.repeat(n)}${prose}${'</div>'.repeat(n)}</body></html>`;

function refusal(html: string, budgetMs?: number): FetchError {
  try {
    extractArticle(html, URL_, budgetMs);
  } catch (error) {
    expect(error).toBeInstanceOf(FetchError);
    return error as FetchError;
  }
  throw new Error('expected no article');
}

describe('hostile HTML pages', () => {
  it.each([4_000, 8_000, 100_000])('%i nested <div>s: "No article found", no stack overflow', (n) => {
    const error = refusal(nested(n));
    expect(error.code).toBe('no_article');
    expect(error.message).toMatch(/^No article found at https:\/\/news\.example\/story: it nests elements more than/);
    const file = parseArticleFile('deep.html', nested(n), 'UTC');
    expect(file).toEqual({ error: expect.stringMatching(/nests elements more than \d+ deep/) });
  });

  it('a page nested as deep as real pages get is still read', () => {
    const page = `<html><head><title>Budget</title></head><body>${'<div>'.repeat(60)}${prose}<p>${'Residents asked the committee why road repairs were delayed again this spring. '.repeat(4)}</p>${'</div>'.repeat(60)}</body></html>`;
    expect(extractArticle(page, URL_).text).toContain('The council met on Monday');
  });

  it('20,000 <li>s are read once each, not compared pairwise', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => `<li>item ${i}</li>`).join('');
    const page = `<html><head><title>List</title></head><body><article><ul>${items}</ul></article></body></html>`;
    // A budget no run reaches: the reading-time limit has its own test below, and a busy machine must
    // not turn this one into a timing test (a pairwise read would still blow the test's own timeout).
    expect(refusal(page, 600_000).message).toMatch(/^No article found at .*no story text/);
    const text = htmlToText(page).text.split('\n\n');
    expect(text).toHaveLength(20_001);
    expect(text.at(-1)).toBe('item 19999');
  });

  it('keeps a block nested in another collected block once, in its parent', () => {
    const page = `<article><blockquote><p>${'Quoted words from the budget debate. '.repeat(2)}</p></blockquote><p>After.</p></article>`;
    expect(htmlToText(page).text.split('\n\n')).toEqual([
      'Quoted words from the budget debate. Quoted words from the budget debate.',
      'After.',
    ]);
  });

  it.each([
    ['empty', ''],
    ['plain text', 'just some words, no markup at all'],
    ['doctype only', '<!doctype html>'],
  ])('an %s text/html page: "No article found at <url>"', (_name, html) => {
    const error = refusal(html);
    expect(error.code).toBe('no_article');
    expect(error.message).toMatch(/^No article found at https:\/\/news\.example\/story:/);
    expect(error.message).not.toMatch(/Readability|document object/);
  });

  it('gives up on a page that takes longer than its time budget', () => {
    const big = `<html><head><title>Budget</title></head><body>${prose.repeat(3_000)}</body></html>`;
    expect(() => extractArticle(big, URL_, 1)).toThrow(/^No article found at .*took longer than/);
  });
});
