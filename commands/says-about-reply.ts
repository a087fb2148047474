import type { Reply, ReplyItem } from '../src/app/reply';
import type { Analysis } from '../src/core/analysis-types';
import { clauses, subjectHead } from './does-the-act';
import type { NewSubject } from './elliptic-question';
import { formKey } from './form-key';

/** How many of the sentences naming the subject are shown: the first ones, in the article's order. */
const SHOWN = 3;

/**
 * "what about the trustees?" after "why will the libraries close on Sundays?", when the article never has the trustees
 * closing anything: asking the last question of them would be a question the article cannot answer ("why will the
 * trustees close on Sundays?"). The reporter is asking what the article says of them, so the reply says it reads the
 * message that way, and gives the sentences that name them (the headline alone said so; none said plainly). Not
 * `askable`: the last question had no subject to swap ("who opposed the deal?"; review s43 B-r43-7), said so.
 */
export function saysAboutReply(
  message: string,
  about: Pick<NewSubject, 'subject' | 'last'>,
  analysis: Analysis,
  askable = true,
): Reply {
  const head = subjectHead(about.subject);
  const names = (text: string): boolean =>
    head !== undefined && clauses(text).some((words) => words.some((word) => formKey(word.toLowerCase()) === head));
  const naming = analysis.sentences.filter((s) => names(s.text)).slice(0, SHOWN);
  const why = askable
    ? `it doesn't have ${about.subject} doing what the last question asked (“${about.last}”)`
    : `the last question (“${about.last}”) is not one I can ask again of someone else`;
  const line = `Taking “${message.trim()}” as what the article says about ${about.subject}: ${why}.`;
  const items: ReplyItem[] = naming.map((s) => ({ text: s.text.trim(), note: `paragraph ${s.paragraph + 1}` }));
  if (items.length === 0)
    items.push({
      text: names(analysis.title)
        ? `Only the headline names ${about.subject}: “${analysis.title.replace(/\s+/g, ' ').trim()}”. The body does not.`
        : `The article doesn't mention ${about.subject}.`,
    });
  return {
    kind: 'answer',
    visibility: 'channel',
    sections: [
      { style: 'paragraph', items: [{ text: line }] },
      { style: 'paragraph', items },
    ],
    // What was shown stays cited: "who said that?" next asks about these sentences.
    citedSentences: naming.map((s) => ({ id: s.id, text: s.text })),
  };
}
