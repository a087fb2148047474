import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { findOpenQuestions } from '../../src/core/find-open-questions';
import { passageItem } from '../../src/core/passage-item';

// Whole articles through the engine: what the vetting (vet-question.test.ts) lets through is asked,
// and what it rejects is shown as its passage.

describe('whole articles: built from parsed parts', () => {
  it('asks about a surname ending in s in the singular; shows a passage it cannot phrase', () => {
    const copy = [
      'Sanders rallies in Iowa',
      '',
      'Bernie Sanders insisted that progressive change will come only with a shake-up of the political system.',
      '',
      'The sale opened at 8am on Friday and will close at 6pm on Saturday, organisers said.',
    ].join('\n');
    const texts = analyzeArticle(copy).questions.map((q) => q.text);
    expect(texts).toContain(
      'Is Bernie Sanders right that progressive change will come only with a shake-up of the political system?',
    );
    // "opened … and will close": no subject to build "Will …" from, so the passage is shown with its kind.
    expect(texts).toContain(
      'Pending: “The sale opened at 8am on Friday and will close at 6pm on Saturday, organisers said.”',
    );
  });
});

describe('pronoun subjects', () => {
  it('never reads "It" as the person quoted nearby; an unresolved pronoun is shown as the passage', () => {
    const copy = [
      'Jobs report cheers Democrats',
      '',
      'President Obama said the report was good news. "The economy is growing," Obama said.',
      '',
      'The Fed does not want to stall growth. It plans to raise rates more slowly than it has in past periods of growth.',
    ].join('\n');
    const texts = analyzeArticle(copy).questions.map((q) => q.text);
    expect(texts.some((t) => /Will (?:President )?Obama raise/.test(t))).toBe(false);
    expect(texts).toContain('Pending: “It plans to raise rates more slowly than it has in past periods of growth.”');
  });
});

describe('passageItem: the flagged passage, word for word, with its kind', () => {
  it('credits an unnamed source unless the passage already names its source', () => {
    expect(passageItem('unverified', 'The deal is said to be worth £2bn.', 'an unnamed source')).toBe(
      'Unverified: “The deal is said to be worth £2bn.”, says an unnamed source',
    );
    expect(passageItem('unverified', '"It may fail," said Caddell.', 'Pat Caddell')).toBe(
      'Unverified: “‘It may fail,’ said Caddell.”',
    );
  });

  it('cuts a long passage at a clause boundary, never inside a number or a name', () => {
    // 82 words: past the cap by more than the clause tail a passage may keep whole (passage-head.ts CAP_TAIL).
    const long = `${'The council said the plan, which was approved by Dana F. Smith, would cost 10,000 pounds, '.repeat(5)}and more.`;
    const item = passageItem('pending', long, null);
    expect(item).toMatch(/ …”$/);
    expect(item).not.toMatch(/Dana F\. …|Dana …|10, …|10 …/);
    for (const word of item
      .replace(/^Pending: “|…”$/g, '')
      .split(/\s+/)
      .filter(Boolean)) {
      expect(long).toContain(word);
    }
  });
});

describe('questions on whole articles', () => {
  it('puts the central dispute first, citing both sides', () => {
    const text = [
      'Bypass plan approved',
      '',
      'The health trust approved the bypass plan on Monday.',
      '',
      'Campaigners said there had been no public consultation on the bypass plan at all.',
      '',
      'But the trust said it had held two public meetings on the bypass plan in May.',
      '',
      'Work is expected to start in the spring.',
    ].join('\n');
    const analysis = analyzeArticle(text);
    const first = analysis.questions[0];
    expect(first?.kind).toBe('disputed');
    expect(first?.sentenceIds).toHaveLength(2);
    expect(first?.text).toMatch(
      /^Who is right, campaigners \(“there had been no public consultation.*”\) or the trust \(“it had held two public meetings/,
    );
  });

  it('gives sane output on 100 KB of hostile input (each pass over the sentences runs once)', () => {
    const many = 'He said there was no evidence. Police are investigating. '.repeat(1800);
    const analysis = analyzeArticle(`Headline\n\n${many}`);
    expect(analysis.questions.length).toBeGreaterThan(0);
    expect(analysis.questions.length).toBeLessThanOrEqual(6);
    for (const q of analysis.questions) expect(q.sentenceIds.length).toBeGreaterThan(0);
    // One sentence of 100 KB: the question pass alone (quotes are another module's concern).
    const huge = '“ said '.repeat(14_000);
    const one = { id: 0, text: huge, start: 0, end: huge.length, paragraph: 0 };
    const qs = findOpenQuestions({ title: 'x', sentences: [one], quotes: [], statements: [], entities: [] });
    expect(qs.length).toBeLessThanOrEqual(1);
  });
});

describe('headline check', () => {
  it('asks what supports a headline whose claimed act the body never reports', () => {
    const analysis = analyzeArticle(
      'Committee rejects mayor’s budget\n\nThe mayor presented her budget on Monday.\n\nCommittee members will debate it next week.',
    );
    const q = analysis.questions.find((x) => x.text.startsWith('What in the story supports its headline'));
    expect(q?.text).toBe('What in the story supports its headline, “Committee rejects mayor’s budget”?');
    expect(q?.sentenceIds).toEqual([analysis.sentences[0]!.id]);
  });

  it('leaves a headline the body supports, even in other words', () => {
    const analysis = analyzeArticle(
      'Court rejects tobacco case\n\nThe claim was thrown out by an appeal court on Monday.\n\nThe firms welcomed the ruling.',
    );
    expect(analysis.questions.some((x) => x.text.includes('supports its headline'))).toBe(false);
  });
});

describe('plans and single sources', () => {
  const ask = (text: string) => analyzeArticle(`Story\n\n${text}`).questions.map((q) => q.text);

  it('asks whether a plan goes ahead, from its subject and base verb phrase', () => {
    expect(ask('The brothers are currently mulling the sale of another of their businesses.')).toContain(
      'Will the brothers go ahead with the sale of another of their businesses?',
    );
  });

  it('asks who besides the one named source can confirm a claim, and shows a survey’s claim as its passage', () => {
    expect(
      ask('The candidate appears to be gaining in the largest suburbs, according to a senior Reuters pollster.'),
    ).toContain(
      'Can anyone besides a senior Reuters pollster confirm that the candidate appears to be gaining in the largest suburbs?',
    );
    expect(
      ask(
        'The candidate appears to be gaining in the largest suburbs, according to a recent Reuters survey of voter lists.',
      ).join(' '),
    ).not.toContain('Can anyone besides');
  });

  it('puts the question to the named person when the source is a role with a name in apposition', () => {
    const questions = ask(
      'Staff will be offered extra weekday hours rather than redundancy, according to the trust’s chief executive, Owen Price.',
    );
    expect(questions).toContain(
      'Can anyone besides Owen Price confirm that staff will be offered extra weekday hours rather than redundancy?',
    );
    expect(questions.join(' ')).not.toMatch(/, Owen Price\?/);
  });
});
