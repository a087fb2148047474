import { describe, expect, it } from 'vitest';
import { buildAnswerReply } from '../../src/app/build-answer-reply';
import { analyzeArticle } from '../../src/core/analyze-article';
import { answerQuestion } from '../../src/core/answer-question';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';
import { readFlynn } from './flynn-sample';

const flynn = analyzeArticle(readFlynn());

function occurrences(text: string, part: string): number {
  return text.split(part).length - 1;
}

describe('buildAnswerReply', () => {
  it('says the answer once, each cited sentence once, with the paragraph a reader counts', () => {
    const result = answerQuestion(flynn, "Who is Flynn's attorney?");
    expect(result.answer).not.toBeNull();
    const text = renderConsoleReply(buildAnswerReply({ result, analysis: flynn }));
    for (const id of result.sentenceIds) {
      const sentence = flynn.sentences.find((s) => s.id === id)!;
      expect(occurrences(text, sentence.text.trim())).toBe(1);
      expect(text).toContain(`(paragraph ${sentence.paragraph + 1})`);
    }
    // No human numbering that could disagree with the 0-based ids of `ask --json`.
    expect(text).not.toMatch(/sentence \d/);
  });

  it('says "doesn\'t say" once, with the nearest thing the article does say', () => {
    const nearest = flynn.sentences.find((s) => s.text.includes('Kelner'))!;
    const reply = buildAnswerReply({
      result: {
        answer: null,
        sentenceIds: [],
        reason: 'No sentence covers enough of the question.',
        nearestId: nearest.id,
      },
      analysis: flynn,
    });
    const text = renderConsoleReply(reply);
    expect(occurrences(text, "The article doesn't say")).toBe(1);
    // The sentence opens "However, USA Today published…": the connective goes, the rest is verbatim.
    const rest = nearest.text.trim().slice(nearest.text.indexOf('USA Today'));
    expect(occurrences(text, `It says only that ${rest}`)).toBe(1);
    expect(text).not.toContain('No sentence covers');
  });

  it('says only "doesn\'t say" when nothing in the article is near the question', () => {
    const text = renderConsoleReply(
      buildAnswerReply({ result: { answer: null, sentenceIds: [], reason: 'x' }, analysis: flynn }),
    );
    expect(text).toBe("The article doesn't say.");
  });

  it("prints a model's own wording, then the sentences it rests on, none twice", () => {
    const cited = flynn.sentences[2]!;
    const text = renderConsoleReply(
      buildAnswerReply({
        result: { answer: 'A short paraphrase.', sentenceIds: [cited.id, cited.id] },
        analysis: flynn,
      }),
    );
    expect(text).toContain('A short paraphrase.');
    expect(text).toContain('From the article');
    expect(occurrences(text, cited.text.trim())).toBe(1);
  });

  it('says only the headline reports it, quoting the headline once and pointing at no paragraph', () => {
    const headline = 'Council Approves Harbour Lanes';
    const text = renderConsoleReply(
      buildAnswerReply({
        result: { answer: null, sentenceIds: [], reason: 'Only the headline says this.', headline },
        analysis: flynn,
      }),
    );
    expect(occurrences(text, headline)).toBe(1);
    expect(text).toMatch(/^Only the headline says this: .*The body does not report it\./);
    expect(text).not.toMatch(/doesn't say|paragraph \d/);
  });
});
