import type { ThreadAnswer } from '../src/app/newsbrief-app';
import type { Reply } from '../src/app/reply';
import type { CitedSentence, ThreadTurn } from '../src/store/conversation-repository';
import { aboutPronoun, isAboutPronoun } from './about-pronoun';
import { type AskedOfDoer, askOfAnswered } from './ask-of-answered';
import { citesOtherSex } from './cites-other-sex';
import type { CommandContext } from './command-definition';
import { doerAnswer } from './doer-answer';
import { doesTheAct } from './does-the-act';
import { ellipticQuestion, type NewSubject } from './elliptic-question';
import { groupSpeaks } from './group-speaks';
import { noSuchStory } from './no-such-story';
import { sayingVerb } from './saying-verb';
import { saysAboutReply } from './says-about-reply';
import { threadPronoun } from './thread-pronoun';
import { threadThey } from './thread-they';
import { whoSaidThat } from './who-said-that';
import { wholeStoryReply } from './whole-story-reply';

/** A question asking what someone said or told. */
const SAYING = /\b(?:say|said|says|tell|told)\b/i;

/** The reply to a thread question, read against the thread's kept turns. */
export async function threadReply(
  articleId: number,
  question: string,
  ctx: CommandContext,
  turns: readonly ThreadTurn[],
): Promise<Reply> {
  // "and why?" after "when did he resign?" is asked as "why did he resign?", and said so.
  // "what about her?": the pronoun read as the thread reads one, or whom it could not tell (review s44 B-r44-13).
  const whom = isAboutPronoun(question) ? await ctx.app.answerAbout(articleId, question) : undefined;
  const about = whom ? aboutPronoun(question, whom.analysis, turns.at(-1)?.cited ?? []) : undefined;
  if (about && 'unresolved' in about) return paragraphReply(couldNotTell(about, true));
  const elliptic = ellipticQuestion(about ? about.question : question, turns.at(-1)?.question);
  let asked = elliptic && 'question' in elliptic ? elliptic.question : question;
  let ofDoer: AskedOfDoer | undefined;
  if (elliptic && 'unread' in elliptic && elliptic.unread === 'bare') {
    // "and why?" after "who signed the contract?" whose answer named one person: asked of that person.
    const article = await ctx.app.answerAbout(articleId, question);
    ofDoer = article && askOfAnswered(question, turns.at(-1), article.analysis);
    if (!ofDoer) return cannotLeanOn(question, elliptic.last);
    asked = ofDoer.question;
  }
  const found = await ctx.app.answerAbout(articleId, asked);
  // Deleted since the brief (the thread keeps its link): the "no story" reply every command gives.
  if (!found) return noSuchStory(`#${articleId}`, ctx, { searched: 'stories', deletedSinceBrief: true });
  // Asked of the doer: only sentences that have the doer doing it answer (review s44 B-r44-9).
  // So too "why?" after "why did Piet Kuiper refuse …?", when the article has Kuiper refusing.
  const of = elliptic && 'of' in elliptic ? elliptic.of : undefined;
  const asOf = of && doesTheAct(found.analysis, of.subject, of.verb) ? { doer: of.subject, act: of.verb } : undefined;
  const answer = ofDoer || asOf ? doerAnswer(found, (ofDoer ?? asOf)!, asked) : found;
  if ('sections' in answer) return takenAs({ ...answer, askedAs: asked }, takenLine(question, asked));
  // "what about the trustees?" when the article never has them do the last question's act: what it says of them.
  const other = elliptic && 'about' in elliptic ? elliptic.about : undefined;
  // A saying verb is read as a group's speech is (quotes credited, "…, said Councillor Helen Marsh"); after a pronoun
  // the thread never read ("what did they say?") there is no act to check, only the question to ask of X.
  const does = (o: NewSubject) =>
    sayingVerb(o.verb) ? groupSpeaks(answer.analysis, o.subject) : doesTheAct(answer.analysis, o.subject, o.verb);
  if (other && !other.unread && !does(other)) return saysAboutReply(question, other, answer.analysis);
  // After "who opposed the deal?" no subject can be swapped: what the article says of X, said so (review s43 B-r43-7).
  if (elliptic && 'unread' in elliptic && elliptic.subject && elliptic.last)
    return saysAboutReply(question, { subject: elliptic.subject, last: elliptic.last }, answer.analysis, false);
  const reply = await readReply(articleId, asked, answer, turns, ctx);
  return asked === question
    ? reply
    : takenAs({ ...reply, askedAs: reply.askedAs ?? asked }, takenLine(question, asked));
}

/** The first line of a reply to a follow-up read as a whole question. */
function takenLine(question: string, asked: string): string {
  return `Taking “${question.trim()}” as “${asked}”, after the last question.`;
}

/** The answer to a thread question as read: who said what was cited, a he, she or they read, or the question as asked. */
async function readReply(
  articleId: number,
  question: string,
  answer: ThreadAnswer,
  turns: readonly ThreadTurn[],
  ctx: CommandContext,
): Promise<Reply> {
  const cited = turns.at(-1)?.cited ?? [];
  const speakers = whoSaidThat(question, answer.analysis, cited);
  // The same sentences stay cited, so "and who said that?" asked again still means them.
  if (speakers) return { ...speakers, citedSentences: cited };
  const pronoun =
    threadPronoun(question, answer.analysis, cited) ??
    threadThey(question, answer.analysis, cited, turns.at(-1)?.question);
  // "what did they say?" with "they" a group the article never has saying anything: said so, not another's words.
  const they = pronoun && 'name' in pronoun && /^the(?:y|m|ir)$/.test(pronoun.pronoun) ? pronoun : undefined;
  if (they && SAYING.test(question) && !groupSpeaks(answer.analysis, they.name)) return groupSaysNothing(they, cited);
  if (pronoun && 'name' in pronoun) {
    // "what did she say?" after an answer quoting Helen Marsh: asked as "what did Helen Marsh say?", and said so.
    const named = await ctx.app.answerAbout(articleId, pronoun.question);
    const whom = !('from' in pronoun)
      ? 'which the last answer named'
      : pronoun.from === 'lead'
        ? 'whom the story is about'
        : `whom ${pronoun.from === 'brief' ? 'the brief quoted' : 'the last answer cited'}`;
    if (named)
      return takenAs(
        { ...(await wholeStoryReply(pronoun.question, named, ctx.app)), askedAs: pronoun.question },
        // The question as read, so a reader sees what was answered ("who hired Ruth Hale last year?").
        `Taking “${pronoun.pronoun}” as ${pronoun.name}, ${whom} (asked as “${pronoun.question}”).`,
      );
  }
  const reply = await wholeStoryReply(question, answer, ctx.app);
  // Not silent when the question's he or she could not be read: whom it could not tell apart, and, when the
  // question as asked found an answer, that the answer is to the question as asked (review s40 B-r40-3).
  // An unread "she" answered with a sentence about a man ("Her brother … died in 2015") answers someone else's question.
  const otherSex = !!pronoun && 'unresolved' in pronoun && citesOtherSex(question, answer.analysis, reply);
  const unanswered = (answer.result.answer === null && answer.result.headline === undefined) || otherSex;
  // Unanswered as asked, "The article doesn't say." after the line would deny what the people it lists said (B-r41-21),
  // or what the group it could not read said (review s45 B-r45-8): the line alone.
  if (pronoun && 'unresolved' in pronoun && unanswered)
    return { ...reply, sections: [{ style: 'paragraph', items: [{ text: couldNotTell(pronoun, true) }] }] };
  if (pronoun && 'unresolved' in pronoun) return takenAs(reply, couldNotTell(pronoun, unanswered));
  return reply;
}

/** A bare "and when?" with no question before it that can be asked anew: says so; the thread remembers nothing of it. */
function cannotLeanOn(message: string, last: string | undefined): Reply {
  const why = last
    ? `the last question (“${last}”) is not one I can ask again with a new question word`
    : 'no question has been asked in this thread yet';
  return paragraphReply(
    `I couldn't tell what “${message.trim()}” asks after: ${why}. Ask the whole question, naming who or what it is about.`,
  );
}

/** A reply of one paragraph. */
function paragraphReply(text: string): Reply {
  return { kind: 'answer', visibility: 'channel', sections: [{ style: 'paragraph', items: [{ text }] }] };
}

/** "they" read as a group that says nothing in the article: the reading, and that the article does not say. */
function groupSaysNothing(they: { pronoun: string; name: string; question: string }, cited: CitedSentence[]): Reply {
  const line = `Taking “${they.pronoun}” as ${they.name}, which the last answer named (asked as “${they.question}”).`;
  const text = `The article doesn't say what ${they.name} said.`;
  const reply: Reply = { kind: 'answer', visibility: 'channel', sections: [{ style: 'paragraph', items: [{ text }] }] };
  return takenAs({ ...reply, citedSentences: cited, askedAs: they.question }, line);
}

/** The reply with a first line saying how the question was read. */
function takenAs(reply: Reply, line: string): Reply {
  return { ...reply, sections: [{ style: 'paragraph', items: [{ text: line }] }, ...reply.sections] };
}

function couldNotTell(
  pronoun: { pronoun: string; unresolved: string[]; from?: 'answer' | 'brief' },
  unanswered: boolean,
): string {
  const { unresolved: people } = pronoun;
  const read = !pronoun.from
    ? people.length === 0
      ? 'the last answer named no group or body'
      : `the last answer named ${people.join(' and ')}`
    : pronoun.from === 'brief'
      ? people.length === 0
        ? 'the brief quoted no one by name'
        : `the brief quoted ${people.join(' and ')}`
      : people.length === 0
        ? 'the last answer named no one'
        : `the last answer cited ${people.join(' and ')}`;
  const then = unanswered ? 'Ask again with the name.' : 'This answers the question as asked; ask again with the name.';
  return `I couldn't tell whom “${pronoun.pronoun}” means: ${read}. ${then}`;
}
