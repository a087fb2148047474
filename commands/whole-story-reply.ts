import { buildAnswerReply } from '../src/app/build-answer-reply';
import { briefSections } from '../src/app/build-brief-reply';
import type { NewsbriefApp, ThreadAnswer } from '../src/app/newsbrief-app';
import type { Reply, ReplySection } from '../src/app/reply';
import { type WhoIsWho, whoIsWho } from '../src/core/who-is-who';
import { mainFigure } from './main-figure';
import { plainQuestion } from './plain-question';

const NO_ONE: WhoIsWho = { people: [], organizations: [] };

/** "… in the story", "… here": said after a question about the whole story without changing it. */
const WHOLE = `(?: here| in (?:the|this|that) (?:story|article|piece|report))?`;
/** Which section of the brief a question about the whole story asks for. */
const ASKS: { heading: string; shape: RegExp; always?: boolean }[] = [
  {
    heading: 'Summary',
    shape: new RegExp(
      `^(?:what happened|what(?:'s| is) (?:going on|happening|the story)|what(?:'s| is) (?:this|it|(?:this|that|the) (?:story|article|piece)) about|what are the (?:key|main) points|(?:what(?:'s| is) |give me )?the (?:gist|summary|short version)|summari[sz]e(?: it| this| the story)?|tl;?dr)${WHOLE}$`,
    ),
  },
  {
    // "Summary?", "key points?": a part of the brief named, never a fact to find ("a two-page summary" is no answer).
    heading: 'Summary',
    always: true,
    shape: new RegExp(`^(?:the )?(?:gist|summary|short version|(?:key|main) points)(?: please)?${WHOLE}$`),
  },
  {
    // "What's new?": the bot holds the article as stored and reads nothing newer; said so, then its summary.
    heading: 'New',
    shape: new RegExp(
      `^(?:(?:so )?what(?:'s| is|s) (?:new|the latest)|anything new|any (?:news|updates?)|(?:is there )?an update)${WHOLE}$`,
    ),
  },
  {
    heading: 'Key quotes',
    shape: new RegExp(
      `^(?:who(?:'s| is| was| gets| got) quoted|who said what|who (?:said|says) (?:it|that|this|so)|who(?:'s| is) saying (?:it|that|this|so)|who(?:'s| is| are) the sources?|what are the sources|what did (?:people|they|everyone) say|(?:what are )?the (?:key |main )?quotes|any quotes)${WHOLE}$`,
    ),
  },
  {
    heading: 'Main figure',
    shape: new RegExp(
      `^(?:(?:what(?:'s| is| are)|give me|show me) )?(?:the (?:(?:main|key|headline|big|top|central) (?:figure|number|stat(?:istic)?)s?|figures|numbers|stats)|(?:any|key|main) (?:figures|numbers|stats))${WHOLE}$`,
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
 * What a whole-story reply reads: a stored story's answer (a thread, `newsbrief ask <story>`), or a
 * file read and not stored (`newsbrief ask --file`), which has no stored date and no remembered who is who.
 */
export type WholeStoryAnswer = Omit<ThreadAnswer, 'article'> & { article?: ThreadAnswer['article'] };

/** The brief's section a whole-story reply gives, as data (`ask --json` writes it; the reply renders it). */
interface WholeStorySection {
  /** Its heading in the brief: "Summary", "Key quotes", "Who is who". */
  section: string;
  /** Said before it: "what's new?" is told nothing newer is held, then given the summary. */
  note?: string;
  /** Its lines, as the brief lists them; a quote's with its speaker (null: the article does not say). */
  items: { text: string; speaker?: string | null }[];
}

/** The reply, and what it gives in place of the engine's answer: a section of the brief, or the main figure's sentences. */
export interface WholeStoryResult {
  reply: Reply;
  section?: WholeStorySection;
  figure?: { answer: string; sentenceIds: number[] };
}

/**
 * A question about the whole story ("what happened?", "who is quoted?", "who said it?", "who is
 * involved?") that the answer engine, which looks for one fact, found no sentence for: the brief's
 * own section answers it, rather than "the article doesn't say" under a brief that says it; "the
 * main figure?" gets the sentences that carry it (mainFigure). Otherwise the engine's answer as it
 * is. Who is who (up to a second of CPU on a long story) is made only when asked for, and then as the
 * brief gets it: remembered by the app, off the bot's main thread.
 */
export async function wholeStoryReply(
  question: string,
  answer: WholeStoryAnswer,
  app: Pick<NewsbriefApp, 'storyWhoIsWho'>,
): Promise<Reply> {
  return (await wholeStoryResult(question, answer, app)).reply;
}

/** wholeStoryReply's reply, with the section it gives as data. */
export async function wholeStoryResult(
  question: string,
  answer: WholeStoryAnswer,
  app: Pick<NewsbriefApp, 'storyWhoIsWho'>,
): Promise<WholeStoryResult> {
  const reply = buildAnswerReply(answer);
  const said = plainQuestion(question)
    .replace(/^(?:(?:so|ok|okay|and|quick question)\b[\s,]*)+/, '')
    .trim();
  const asked = ASKS.find((a) => a.shape.test(said));
  if (!asked) return { reply };
  const { heading } = asked;
  // The engine reads "the main figure" as words to find, and answers with a sentence that says
  // "figure" ("double the figure in the summary"), not one that carries it: this shape is never its.
  if (heading === 'Main figure') {
    const sentences = mainFigure(answer.analysis);
    if (sentences.length === 0) return { reply };
    // Answered as a fact is: the sentences, cited.
    const text = sentences.map((s) => s.text).join(' ');
    const result = { answer: text, sentenceIds: sentences.map((s) => s.id) };
    return { reply: buildAnswerReply({ analysis: answer.analysis, result }), figure: result };
  }
  if (heading === 'New') {
    // Asked of the story's state, not of a fact in it: a sentence saying "new" ("the new vote") is no answer.
    const note = `Nothing newer than ${asHeld(answer.article)}: newsbrief reads no other source. Its summary:`;
    const summary = briefSections(answer.analysis, [], [], NO_ONE).find((s) => s.heading === 'Summary');
    const sections = [{ style: 'paragraph' as const, items: [{ text: note }] }, ...(summary ? [summary] : [])];
    const given = { section: 'Summary', note, items: summary ? sectionItems(summary) : [] };
    return { reply: { ...reply, sections, citedSentences: [] }, section: given };
  }
  if (!asked.always && (answer.result.answer !== null || answer.result.headline !== undefined)) return { reply };
  const { article } = answer;
  // A file read for one question is not stored: its who is who is made here, as `analyze` makes it.
  const who =
    heading !== 'Who is who' ? NO_ONE : article ? await app.storyWhoIsWho(article) : whoIsWho(answer.analysis);
  const section = briefSections(answer.analysis, [], [], who).find((s) => s.heading === heading);
  if (!section) return { reply };
  // The brief's section cites no one sentence: a "who said that?" after it has nothing to point at.
  return {
    reply: { ...reply, sections: [section], citedSentences: [] },
    section: { section: heading, items: sectionItems(section) },
  };
}

/** A section's lines as data: the text, and a quote's speaker. */
function sectionItems(section: ReplySection): WholeStorySection['items'] {
  return section.items.map(({ text, speaker }) => (speaker === undefined ? { text } : { text, speaker }));
}

/** "the article as stored (added 2026-12-04)", or "this file" for one read and not stored. */
function asHeld(article: WholeStoryAnswer['article']): string {
  if (!article) return 'this file';
  const { ingestedAt, updatedAt } = article;
  const when = updatedAt > ingestedAt ? `updated ${updatedAt.slice(0, 10)}` : `added ${ingestedAt.slice(0, 10)}`;
  return `the article as stored (${when})`;
}
