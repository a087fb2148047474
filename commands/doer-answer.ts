import type { ThreadAnswer } from '../src/app/newsbrief-app';
import type { Reply } from '../src/app/reply';
import { holdsAReason } from '../src/core/holds-a-reason';
import type { AskedOfDoer } from './ask-of-answered';
import { anothersSentence, creditedTo } from './doers-words';
import { doesTheActIn } from './does-the-act';

/** A sentence going on about the one before it: its subject a pronoun ("He said the audit had to come first."). */
const PRONOUN_SUBJECT = /^\s*["“]?(?:he|she|they|it)\b/i;

/**
 * The answer to "and why?" asked of the last answer's doer ("why did Piet Kuiper refuse to sign the contract?") keeps
 * only the doer's sentences: those that have the doer doing the act, whose statement or quote the analysis credits to
 * the doer ("The harbour master said …" read as Ruth Hale; review s46 B-r46-3), or that go straight on from one of them
 * with a pronoun for subject. The ranker reads the question's words, not who does what, and cited another's reason
 * first ("Ruth Hale and Omar Reddy signed the contract … because the channel was silting up"; review s44 B-r44-9).
 * A why-question keeps only those that hold a reason: "Omar Reddy, who chairs the board, said …" says he chairs it,
 * not why (review s46 B-r46-8). With none of the doer's left, the reply says the article doesn't say it only when each
 * cited sentence is shown not to answer (another's words or act, or no reason for a why); otherwise the ranked answer
 * stands, less those shown not to. The engine's own "doesn't say" is kept as it is.
 */
export function doerAnswer(
  answer: ThreadAnswer,
  asked: Pick<AskedOfDoer, 'doer' | 'act'> & Partial<Pick<AskedOfDoer, 'embedded' | 'voice'>>,
  question: string,
): ThreadAnswer | Reply {
  const { result, analysis } = answer;
  // The engine found the act but no reason for it (why-reason-first.ts): the doer's "doesn't say why …".
  if (result.answer === null) return result.declined === 'no-reason' ? doesNotSay(asked.embedded) : answer;
  const index = new Map(analysis.sentences.map((s, i) => [s.id, i]));
  const textOf = (id: number) => analysis.sentences[index.get(id) ?? -1]?.text ?? '';
  const voice = asked.voice === 'passive' ? 'passive' : 'any';
  const own = new Set(
    result.sentenceIds.filter(
      (id) => doesTheActIn(textOf(id), asked.doer, asked.act, voice) || creditedTo(analysis, id, asked.doer),
    ),
  );
  const ours = result.sentenceIds.filter((id) => own.has(id) || goesOnFrom(answer, index.get(id), own));
  const reasoned = (id: number) => !/^\s*why\b/i.test(question) || holdsAReason(textOf(id));
  const kept = ours.filter(reasoned);
  // None of the doer's: the ranked sentences not shown to be another's, nor the doer's with no reason for a why.
  const open = result.sentenceIds.filter(
    (id) => !ours.includes(id) && reasoned(id) && !anothersSentence(analysis, id, asked.doer),
  );
  const left = kept.length > 0 ? kept : open;
  if (left.length === result.sentenceIds.length) return answer;
  if (left.length > 0) {
    const texts = left.map((id) => textOf(id).trim());
    return { ...answer, result: { answer: texts.join(' '), sentenceIds: left } };
  }
  return doesNotSay(asked.embedded);
}

/** The reply's first line gives the question as read: without the who-question's words, a plain "doesn't say". */
function doesNotSay(embedded: string | undefined): Reply {
  const text = embedded ? `The article doesn't say ${embedded}.` : "The article doesn't say.";
  return {
    kind: 'answer',
    visibility: 'channel',
    sections: [{ style: 'paragraph', items: [{ text }] }],
    citedSentences: [],
  };
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
