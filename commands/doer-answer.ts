import type { ThreadAnswer } from '../src/app/newsbrief-app';
import type { Reply } from '../src/app/reply';
import type { AskedOfDoer } from './ask-of-answered';
import { doesTheActIn } from './does-the-act';

/** A sentence going on about the one before it: its subject a pronoun ("He said the audit had to come first."). */
const PRONOUN_SUBJECT = /^\s*["“]?(?:he|she|they|it)\b/i;

/**
 * The answer to "and why?" asked of the last answer's doer ("why did Piet Kuiper refuse to sign the contract?") keeps
 * only the sentences that have the doer doing the act, or that go straight on from one of them with a pronoun for
 * subject. The ranker reads the question's words, not who does what, and cited another's reason first
 * ("Ruth Hale and Omar Reddy signed the contract … because the channel was silting up"; review s44 B-r44-9). With none
 * left, a reply saying the article doesn't say it of the doer; the engine's own "doesn't say" is kept as it is.
 */
export function doerAnswer(
  answer: ThreadAnswer,
  asked: Pick<AskedOfDoer, 'doer' | 'act'> & Partial<Pick<AskedOfDoer, 'embedded' | 'voice'>>,
): ThreadAnswer | Reply {
  const { result, analysis } = answer;
  if (result.answer === null) return answer;
  const index = new Map(analysis.sentences.map((s, i) => [s.id, i]));
  const doing = new Set(
    result.sentenceIds.filter((id) => {
      const sentence = analysis.sentences[index.get(id) ?? -1];
      return (
        sentence !== undefined &&
        doesTheActIn(sentence.text, asked.doer, asked.act, asked.voice === 'passive' ? 'passive' : 'any')
      );
    }),
  );
  const kept = result.sentenceIds.filter((id) => doing.has(id) || goesOnFrom(answer, index.get(id), doing));
  if (kept.length === result.sentenceIds.length) return answer;
  if (kept.length === 0) {
    // The reply's first line gives the question as read: without the who-question's words, a plain "doesn't say".
    const text = asked.embedded ? `The article doesn't say ${asked.embedded}.` : "The article doesn't say.";
    return {
      kind: 'answer',
      visibility: 'channel',
      sections: [{ style: 'paragraph', items: [{ text }] }],
      citedSentences: [],
    };
  }
  const texts = kept.map((id) => analysis.sentences[index.get(id)!]!.text.trim());
  return { ...answer, result: { answer: texts.join(' '), sentenceIds: kept } };
}

/**
 * Whether the sentence at `i` comes straight after one of `doing` and opens with a pronoun subject: news copy often
 * gives each sentence its own paragraph ("Mayor Tom Reed resigned on Monday." "He resigned because …").
 */
function goesOnFrom(answer: ThreadAnswer, i: number | undefined, doing: ReadonlySet<number>): boolean {
  const { sentences } = answer.analysis;
  const sentence = i === undefined ? undefined : sentences[i];
  const before = i === undefined ? undefined : sentences[i - 1];
  return sentence !== undefined && before !== undefined && doing.has(before.id) && PRONOUN_SUBJECT.test(sentence.text);
}
