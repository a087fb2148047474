import { buildAnswerReply } from '../app/build-answer-reply';
import { briefSections } from '../app/build-brief-reply';
import type { ThreadAnswer } from '../app/newsbrief-app';
import type { Reply } from '../app/reply';

/** "… in the story", "… here": said after a question about the whole story without changing it. */
const WHOLE = `(?: here| in (?:the|this|that) (?:story|article|piece|report))?`;
/** Which section of the brief a question about the whole story asks for. */
const ASKS: { heading: string; shape: RegExp }[] = [
  {
    heading: 'Summary',
    shape: new RegExp(
      `^(?:what happened|what(?:'s| is) (?:going on|happening|the story)|what(?:'s| is) (?:this|it|(?:this|that|the) (?:story|article|piece)) about|what are the (?:key|main) points|(?:what(?:'s| is) |give me )?the (?:gist|summary|short version)|summari[sz]e(?: it| this| the story)?|tl;?dr)${WHOLE}$`,
    ),
  },
  {
    heading: 'Key quotes',
    shape: new RegExp(
      `^(?:who(?:'s| is| was| gets| got) quoted|who said what|what did (?:people|they|everyone) say|(?:what are )?the (?:key |main )?quotes|any quotes)${WHOLE}$`,
    ),
  },
  {
    heading: 'Who is who',
    shape: new RegExp(
      `^(?:who(?:'s| is| are) (?:involved|in it|who|mentioned|named)|who are the (?:key |main )?(?:people|players|names))${WHOLE}$`,
    ),
  },
];

/**
 * A question about the whole story ("what happened?", "who is quoted?", "who is involved?") that
 * the answer engine, which looks for one fact, found no sentence for: the brief's own section
 * answers it, rather than "the article doesn't say" under a brief that says it. Otherwise the
 * engine's answer as it is.
 */
export function wholeStoryReply(question: string, answer: ThreadAnswer): Reply {
  const reply = buildAnswerReply(answer);
  if (answer.result.answer !== null || answer.result.headline !== undefined) return reply;
  const said = question
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/^(?:(?:so|ok|okay|and|quick question)\b[\s,]*)+/, '')
    .replace(/[\s?!.…]+$/, '')
    .trim();
  const heading = ASKS.find((a) => a.shape.test(said))?.heading;
  const section = heading && briefSections(answer.analysis, [], []).find((s) => s.heading === heading);
  return section ? { ...reply, sections: [section] } : reply;
}
