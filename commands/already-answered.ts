import type { Reply } from '../src/app/reply';
import type { CitedSentence, ThreadTurn } from '../src/store/conversation-repository';

/**
 * A question the thread already asked and answered, asked again ("why?" twice, "what did she say?" after the same
 * "she"): the question as read is one of the thread's kept turns and the answer cites the same sentences. Posting the
 * same answer again reads as a new finding, so the reply says it was answered above and that the article has nothing
 * more; the same sentences stay cited, so "who said that?" next still means them. Any other reply is left as it is.
 */
export function alreadyAnswered(reply: Reply, question: string, turns: readonly ThreadTurn[]): Reply {
  const cited = reply.citedSentences;
  // A reply citing nothing ("I couldn't tell whom “she” means") says again what to do: left to say it.
  if (reply.kind !== 'answer' || cited === undefined || cited.length === 0) return reply;
  const read = reply.askedAs ?? question;
  const earlier = turns.find((turn) => sameQuestion(turn.question, read) && sameCited(turn.cited, cited));
  if (!earlier) return reply;
  const text = `Already asked above (as “${earlier.question.trim()}”): the article has nothing more on it than the answer given there.`;
  // The line saying how the message was read ("Taking “she” as Helen Marsh …", "I couldn't tell whom …") stays.
  const first = reply.sections[0]?.items[0]?.text ?? '';
  const reading = /^(?:Taking “|I couldn't tell)/.test(first) ? reply.sections.slice(0, 1) : [];
  return { ...reply, sections: [...reading, { style: 'paragraph', items: [{ text }] }], askedAs: read };
}

/** The same question whatever its case, spacing, closing marks or opening "and"/"so". */
function sameQuestion(a: string, b: string): boolean {
  return a.trim() !== '' && plain(a) === plain(b);
}

function plain(question: string): string {
  return question
    .toLowerCase()
    .replace(/^(?:(?:and|so|but|ok|okay)\b[\s,]*)+/, '')
    .replace(/[\s?!.…]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The same sentences, by id and text, in any order. */
function sameCited(a: readonly CitedSentence[], b: readonly CitedSentence[]): boolean {
  const key = (c: CitedSentence) => `${c.id}\u0000${c.text}`;
  const ours = new Set(a.map(key));
  return a.length === b.length && b.every((c) => ours.has(key(c)));
}
