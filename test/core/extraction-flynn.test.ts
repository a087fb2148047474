import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { readFlynn } from './flynn-sample';

describe('extraction on the Flynn story', () => {
  const text = readFlynn();
  const analysis = analyzeArticle(text);

  it('takes the headline without the photo credit as the title', () => {
    expect(analysis.title).toBe(
      "US Senate Intel Committee Rejects Flynn's Request for Immunity in Exchange for Testimony - Reports",
    );
  });

  it('keeps credits, the embedded promo and the dateline out of the body', () => {
    const body = analysis.sentences.map((s) => s.text).join('\n');
    expect(body).not.toContain('©');
    expect(body).not.toContain('How Ex-Advisor Flynn Can Strike Back');
    expect(body).not.toContain('Sputnik');
    expect(analysis.sentences[0]!.text.startsWith('Earlier in the day, Trump')).toBe(true);
  });

  it('gives sentence offsets into the original input', () => {
    for (const s of analysis.sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('attributes "Nope." and both "He [Trump] ..." quotes to Spicer', () => {
    const byText = (start: string) => analysis.quotes.find((q) => q.text.startsWith(start));
    expect(byText('Nope.')?.speaker).toBe('Spicer');
    expect(byText('He [Trump] believes that Mike Flynn should go testify')?.speaker).toBe('Spicer');
    expect(byText('He thinks that he [Flynn] should go up there')?.speaker).toBe('Spicer');
  });

  it("does not make the reporter's question Spicer's words", () => {
    const question = analysis.quotes.find((q) => q.text.startsWith('the White House is concerned'));
    expect(question?.speaker).not.toBe('Spicer');
    expect(question?.key).toBe(false);
  });

  it('lists quotes in article order, key ones with named speakers', () => {
    const ids = analysis.quotes.map((q) => q.sentenceId);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const key = analysis.quotes.filter((q) => q.key);
    expect(key.length).toBeGreaterThanOrEqual(1);
    for (const q of key) expect(q.speaker).not.toBeNull();
  });

  it('finds people with the roles the copy gives them', () => {
    const person = (name: string) => analysis.entities.find((e) => e.name === name);
    expect(person('Robert Kelner')).toMatchObject({
      type: 'person',
      role: expect.stringMatching(/^Flynn.s attorney$/),
    });
    expect(person('Sergei Kislyak')).toMatchObject({ type: 'person', role: 'Russian Ambassador to the US' });
    expect(person('Devin Nunes')).toMatchObject({ type: 'person', role: 'US House Intelligence Committee Chairman' });
    expect(person('Mike Flynn')?.type).toBe('person');
  });

  it('reports Spicer\'s indirect statement and Nunes\'s "no evidence" claim', () => {
    const spicer = analysis.statements.find((s) => s.text.startsWith('The White House is not concerned that Flynn'));
    expect(spicer?.speaker).toBe('Spicer');
    const nunes = analysis.statements.find((s) => s.text.includes('no evidence'));
    expect(nunes?.speaker).toBe('Devin Nunes');
  });
});
