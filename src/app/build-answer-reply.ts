import type { Sentence } from '../core/analysis-types';
import { articleCaseWords } from './article-case-words';
import type { ThreadAnswer } from './newsbrief-app';
import { pronounNote } from './pronoun-note';
import type { Reply, ReplyItem, ReplySection } from './reply';
import { saysOnlyThat } from './says-only-that';

const DOES_NOT_SAY = "The article doesn't say.";

/** Where a sentence sits, for a reporter checking it: paragraphs as a reader counts them. */
function place(sentence: Sentence): string {
  return `paragraph ${sentence.paragraph + 1}`;
}

/**
 * A thread answer: the answer once, then where it comes from. An extractive answer is the cited
 * sentences themselves, so each is printed once with its place; a model's answer is its own words,
 * followed by the sentences it rests on. "The article doesn't say." is said once, with the nearest
 * thing the article does say when there is one.
 */
export function buildAnswerReply(answer: Pick<ThreadAnswer, 'result' | 'analysis'>): Reply {
  const { result, analysis } = answer;
  const byId = new Map(analysis.sentences.map((s) => [s.id, s]));
  if (result.answer === null && result.headline !== undefined) {
    // The headline is not a sentence of the body: no paragraph to point at, and no body sentence stands in for it.
    const text = `Only the headline says this: “${result.headline.replace(/\s+/g, ' ').trim()}”. The body does not report it.`;
    return {
      kind: 'answer',
      visibility: 'channel',
      sections: [{ style: 'paragraph', items: [{ text }] }],
      citedSentences: [],
    };
  }
  if (result.answer === null) {
    const nearest = result.nearestId === undefined ? undefined : byId.get(result.nearestId);
    const items: ReplyItem[] = [{ text: DOES_NOT_SAY }];
    if (nearest) {
      // "It says only that he declined …": whom the "he" means goes in the note, beside the article's words.
      const whom = pronounNote(analysis, nearest);
      const note = whom ? `${place(nearest)} · ${whom}` : place(nearest);
      items.push({ text: saysOnlyThat(nearest.text, articleCaseWords(analysis)), note });
    }
    const citedSentences = nearest ? [{ id: nearest.id, text: nearest.text }] : [];
    return { kind: 'answer', visibility: 'channel', sections: [{ style: 'paragraph', items }], citedSentences };
  }
  const cited = [...new Set(result.sentenceIds)].map((id) => byId.get(id)).filter((s) => s !== undefined);
  const answerText = result.answer.replace(/\s+/g, ' ').trim();
  const inAnswer = (s: Sentence): boolean => answerText.includes(s.text.replace(/\s+/g, ' ').trim());
  const citedSentences = cited.map((s) => ({ id: s.id, text: s.text }));
  if (cited.length > 0 && cited.every(inAnswer)) {
    return {
      kind: 'answer',
      visibility: 'channel',
      sections: [{ style: 'paragraph', items: cited.map((s) => ({ text: s.text.trim(), note: place(s) })) }],
      citedSentences,
    };
  }
  return {
    kind: 'answer',
    visibility: 'channel',
    citedSentences,
    sections: (
      [
        { style: 'paragraph', items: [{ text: answerText }] },
        {
          heading: 'From the article',
          style: 'bullets',
          items: cited.filter((s) => !inAnswer(s)).map((s) => ({ text: s.text.trim(), note: place(s) })),
        },
      ] satisfies ReplySection[]
    ).filter((section) => section.items.length > 0),
  };
}
