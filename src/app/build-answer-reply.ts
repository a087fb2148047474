import type { ThreadAnswer } from './newsbrief-app';
import type { Reply } from './reply';

/** A thread answer: the answer, then the sentences it rests on, so a reporter can check it. */
export function buildAnswerReply(answer: Pick<ThreadAnswer, 'result' | 'analysis'>): Reply {
  const { result, analysis } = answer;
  if (result.answer === null) {
    return {
      kind: 'answer',
      visibility: 'channel',
      sections: [{ style: 'paragraph', items: [{ text: `The article doesn't say. ${result.reason}`.trim() }] }],
    };
  }
  const cited = result.sentenceIds
    .map((id) => analysis.sentences.find((s) => s.id === id))
    .filter((s) => s !== undefined)
    .map((s) => ({ text: s.text, note: `sentence ${s.id + 1}` }));
  return {
    kind: 'answer',
    visibility: 'channel',
    sections: [
      { style: 'paragraph', items: [{ text: result.answer }] },
      { heading: 'From the article', style: 'bullets', items: cited },
    ],
  };
}
