import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { attributeQuotes } from '../../src/core/attribute-quotes';
import { cleanArticle } from '../../src/core/clean-article';
import { findReportedSpeech } from '../../src/core/reported-speech';
import { splitSentences } from '../../src/core/split-sentences';
import { subordinateClause } from '../../src/core/subordinate-clause';

/** The subject of the reported speech the first sentence of `body` holds, or null. */
function reporter(body: string): string | null {
  const sentences = splitSentences(cleanArticle(`Headline\n\n${body}`));
  const id = sentences.findIndex((s) => s.text.startsWith(body.slice(0, 20)));
  const speech = findReportedSpeech(sentences, id, { allowQuotes: true });
  return speech && speech.subject.kind !== 'pronoun' ? speech.subject.text : null;
}

function speakerOf(body: string, start: string): string | null | undefined {
  const quote = analyzeArticle(`Headline\n\n${body}`).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}"`);
  return quote.speaker;
}

/** The rules' speaker of the quotation starting `start` (before the ranker weighs candidates). */
function ruleSpeakerOf(body: string, start: string): string | null {
  const { items } = attributeQuotes(splitSentences(cleanArticle(`Headline\n\n${body}`)));
  const item = items.find((q) => q.text.startsWith(start));
  if (!item) throw new Error(`no quote starting "${start}"`);
  return item.speaker?.name ?? null;
}

describe('a sentence that opens with a subordinate clause reports the main clause', () => {
  it('finds where the opening clause ends, past an aside inside it', () => {
    const text = 'After Whitlock argued that, if elected, she would cut taxes, Patel said that it was wrong.';
    expect(subordinateClause(text, text.indexOf('that'))).toBe(text.indexOf(', Patel'));
    const plain = 'Whitlock argued that taxes would fall, and Patel said that it was wrong.';
    expect(subordinateClause(plain, plain.indexOf('that'))).toBe(-1);
    // Speech in the main clause is not inside the opening clause.
    const main = 'Although details were scant, Mr Gates said the browser would include new protections.';
    expect(subordinateClause(main, main.indexOf('the browser'))).toBe(-1);
  });

  it('gives the main clause speech to its own subject, not to the one of the opening clause', () => {
    expect(
      reporter(
        'After Mayor Dana Whitlock argued that the budget was balanced, Ravi Patel said that the numbers do not add up.',
      ),
    ).toContain('Patel');
    expect(
      reporter(
        'When Senator Hal Brenner suggested that the port would close, Lena Ortiz told reporters that it would stay open.',
      ),
    ).toContain('Ortiz');
  });

  it('keeps the opening clause speech when the main clause reports none, ending it at the comma', () => {
    expect(
      reporter('While Hal Brenner insisted that the port would close, the harbour board met on Monday.'),
    ).toContain('Brenner');
    expect(reporter('Hal Brenner insisted that the port would close.')).toContain('Brenner');
    expect(reporter('Although details were scant, Mr Gates said the browser would include new protections.')).toContain(
      'Gates',
    );
  });

  it('never has the rules credit words quoted in the main clause to the speaker of the opening clause', () => {
    const patel = ruleSpeakerOf(
      'After Mayor Dana Whitlock argued that the budget was balanced, Councillor Ravi Patel said only that her "numbers do not add up."',
      'numbers',
    );
    expect(patel).not.toBe('Dana Whitlock');
    const ortiz = ruleSpeakerOf(
      'When Senator Hal Brenner suggested that the port would close, Governor Lena Ortiz fired back: "We will keep it open for as long as I hold this office."',
      'We will',
    );
    expect(ortiz).not.toBe('Hal Brenner');
  });

  it('still credits words quoted inside the opening clause to its speaker', () => {
    expect(
      speakerOf(
        'Senator Hal Brenner said on Monday that the port would be "closed for good," and the board agreed.',
        'closed',
      ),
    ).toBe('Hal Brenner');
  });
});
