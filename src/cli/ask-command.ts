import { parseArgs } from 'node:util';
import { type WholeStoryAnswer, wholeStoryResult } from '../../commands/whole-story-reply';
import { authorshipAnswer } from '../app/authorship-answer';
import { cmd } from '../app/reply';
import { vagueQuery } from '../app/vague-query';
import { asksNothing, isThreadQuestion } from '../core/is-thread-question';
import { loadArticleFile } from '../ingest/load-article-file';
import { renderConsoleReply } from '../platforms/console/render-console-reply';
import { askOtherMatches, askOtherMatchesJson } from './ask-other-matches';
import { type CliIo, UsageError } from './cli-io';
import { cliNotFound, cliStoryQuery } from './cli-not-found';
import { fileNotStory } from './file-not-story';
import { longTextNote } from './long-text-note';
import { shellQuoted } from './shell-quoted';
import { withRuntime } from './with-runtime';

/** `newsbrief ask`: answers from one article, citing its sentences; answer null when it does not say. */
export async function askCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, file: { type: 'string' } },
  });
  const { query, question } = splitAskArguments(positionals, values.file);
  if (!values.file && vagueQuery(query))
    throw new UsageError(
      `Which story? "${query}" is too vague; give words from it or its id: newsbrief ask ferry ${shellQuoted(question)}`,
    );
  const fail = (error: string, extra: Record<string, unknown> = {}, text = `${error}\n`) => {
    if (values.json) io.stdout.write(`${JSON.stringify({ answer: null, sentenceIds: [], error, ...extra })}\n`);
    else io.stderr.write(text);
    return 1;
  };

  return withRuntime(io, async ({ app, engine, config }) => {
    let answer: WholeStoryAnswer;
    // Which story answered, when the words matched others too (empty for --file and a lone match).
    let matches = { note: '', json: {} as ReturnType<typeof askOtherMatchesJson> };
    if (values.file) {
      const loaded = await loadArticleFile(
        values.file,
        config.NEWSBRIEF_MAX_FILE_MB * 1024 * 1024,
        config.NEWSBRIEF_TZ,
      );
      if (!loaded.ok) return fail(`${values.file}: ${loaded.error}`);
      const note = longTextNote('ask', values.file, loaded.text);
      if (note) io.stderr.write(note);
      const { analysis } = await engine.analyze(loaded.text, { source: values.file });
      answer = {
        analysis,
        result: authorshipAnswer(question, loaded) ?? (await engine.answer(analysis, question, loaded.text)),
      };
    } else {
      const brief = await app.briefStory(cliStoryQuery(query));
      if (brief.kind === 'none') {
        const suggestions = brief.suggestions.map(({ id, title }) => ({ id, title }));
        // Each suggestion's command carries the question as typed, so nothing has to be retyped.
        const text = cliNotFound({ ...brief, retry: (id) => cmd('ask', `${id} ${shellQuoted(question)}`) });
        const [first, ...rest] = text.split('\n');
        return fail(first!, { suggestions }, [first, fileNotStory(query, question) + rest.join('\n')].join('\n'));
      }
      const stored = await app.answerAbout(brief.article.id, question);
      if (!stored) throw new Error(`story #${brief.article.id} disappeared while answering`);
      answer = stored;
      matches = {
        note: askOtherMatches(brief.article, brief.others, query, question),
        json: askOtherMatchesJson(brief.article, brief.others),
      };
    }
    // The thread's reply, so a question about the whole story ("summary?", "what's new?", "who is
    // quoted?") gets the brief's section here too, not a sentence that happens to say "summary" or "new".
    const { reply, section, figure } = await wholeStoryResult(question, answer, app);
    const { result } = answer;
    if (!values.json) {
      io.stderr.write(matches.note);
      io.stdout.write(`${renderConsoleReply(reply)}\n`);
    } else if (section) {
      // A section of the brief, not one fact: which section and its lines as data, and the reply as plain
      // lines in "answer" (no heading or bullets); no sentence ids (the brief's --json has them).
      // A quote as the brief shows it: in quote marks, with its speaker or "unattributed".
      const lines = section.items.map((i) =>
        i.speaker === undefined ? i.text : `“${i.text}” — ${i.speaker ?? 'unattributed'}`,
      );
      const answer = [...(section.note ? [section.note] : []), ...lines].join('\n');
      io.stdout.write(`${JSON.stringify({ answer, ...section, sentenceIds: [], ...matches.json })}\n`);
    } else if (figure) {
      // The main figure's sentences, as an answer gives them.
      io.stdout.write(`${JSON.stringify({ ...figure, ...matches.json })}\n`);
    } else {
      // A headline-only reply stays answer null (the body does not say it), with the headline beside it.
      const headline = result.answer === null && result.headline !== undefined ? { headline: result.headline } : {};
      io.stdout.write(
        `${JSON.stringify({ answer: result.answer, sentenceIds: result.sentenceIds, ...headline, ...matches.json })}\n`,
      );
    }
    return 0;
  });
}

const AUXILIARY = /^(?:did|does|do|is|are|was|were|will|would|can|could|has|have|had|should|may|might|must)$/i;
const QUESTION_OPENER =
  /^(?:who|whom|whose|what|when|where|why|how|which|did|does|do|is|are|was|were|will|would|can|could|has|have|had|should|may|might|must)\b/i;

/**
 * `ask <words…> "<question>"`: the question is one quoted argument, last. Words after it, or a
 * missing question, are mistakes to point out, never to answer ("extra" is not the question).
 */
function splitAskArguments(positionals: string[], file: string | undefined): { query: string; question: string } {
  const fromFile = file !== undefined;
  const looksLikeQuestion = (arg: string) =>
    /\?\s*$/.test(arg) ||
    /\S\s+\S/.test(arg.trim()) ||
    /^(who|whom|whose|what|when|where|why|how|which)$/i.test(arg.trim());
  const example = fromFile
    ? 'newsbrief ask --file <path> "who chairs the committee?"'
    : 'newsbrief ask ferry "who chairs the committee?"';
  let at = positionals.findIndex(looksLikeQuestion);
  // `ask "ferry contract" "who chairs it?"`: the story's words quoted as one argument look like a
  // question by their space alone; a later argument that reads as a question (a "?", or a question
  // word first) is the question. A space alone is not enough: in `ask "who chairs the committee"
  // "ferry contract"` the question came first, and that is the mistake to point out.
  const asks = (arg: string) => /\?\s*$/.test(arg) || QUESTION_OPENER.test(arg.trim());
  const later = positionals.findIndex((arg, i) => i > 0 && asks(arg));
  if (at === 0 && !fromFile && later > 0 && !/\?\s*$/.test(positionals[0]!)) at = later;
  // `ask flynn did the committee reject the request?`: a yes/no question the shell split opens with an
  // auxiliary, which a story's words after the first do not.
  const last = positionals.length - 1;
  if (last >= 0 && at === last && !/\s/.test(positionals[last]!.trim())) {
    const auxiliary = positionals.findIndex((arg, i) => i >= (fromFile ? 0 : 1) && AUXILIARY.test(arg));
    if (auxiliary >= 0 && auxiliary < last) at = auxiliary;
  }
  // `ask ferry who chairs the committee?`: the shell split an unquoted question into words. Said
  // back whole, quoted, so the command to run is the user's own question, not an example's.
  if (at >= (fromFile ? 0 : 1) && at < positionals.length - 1 && !/\s/.test(positionals[at]!.trim())) {
    const story = fromFile ? `--file ${shellQuoted(file)}` : positionals.slice(0, at).join(' ');
    const asked = shellQuoted(positionals.slice(at).join(' '));
    throw new UsageError(`Put the question in quotes, as one argument: newsbrief ask ${story} ${asked}`);
  }
  if (fromFile) {
    if (positionals.length === 0) throw new UsageError(`The question is missing: ${example}`);
    if (positionals.length > 1) {
      const extra = at >= 0 ? positionals.filter((_, i) => i !== at) : positionals.slice(1);
      throw new UsageError(`Only one question, in quotes, goes with --file; "${extra.join(' ')}" is extra.`);
    }
    return { query: '', question: askedQuestion(positionals[0]!.trim(), example) };
  }
  if (positionals.length === 0) throw new UsageError(`Say which story and the question: ${example}`);
  if (at === 0) throw new UsageError(`Say which story first (words from it or its id), then the question: ${example}`);
  if (at > 0 && at < positionals.length - 1) {
    const extra = positionals.slice(at + 1).join(' ');
    throw new UsageError(`"${extra}" comes after the question; the question goes last, in quotes: ${example}`);
  }
  if (at === -1) {
    // The last of several words is chit-chat ("ask 1 thanks!"): a non-question where the question goes.
    if (positionals.length > 1) askedQuestion(positionals.at(-1)!.trim(), example);
    // One or more plain words: the story is named, the question is what's missing. The command to complete is the
    // user's own ("ask 1" → `newsbrief ask 1 "<question>"`), not the ferry example.
    const own = `newsbrief ask ${shellQuoted(positionals.join(' '))} "<question>"`;
    throw new UsageError(`The question is missing. Put it last, in quotes: ${own}`);
  }
  return {
    query: positionals.slice(0, -1).join(' ').trim(),
    question: askedQuestion(positionals.at(-1)!.trim(), example),
  };
}

/**
 * "thanks!", "ok?": given where the question goes, but not a question (the thread rule: a chat
 * thread ignores them). Said plainly, rather than "the question is missing" or an answer to it;
 * checked only once every other mistake has been pointed out, so no question the user typed is lost.
 */
function askedQuestion(question: string, example: string): string {
  // "who?", "really?": a question, but of nothing; the thread tells it the same way.
  if (question !== '' && asksNothing(question))
    throw new UsageError(
      `"${question}" asks nothing to look up in the story. Ask the whole question, last, in quotes: ${example}`,
    );
  if (question !== '' && !isThreadQuestion(question, { addressedToBot: true }))
    throw new UsageError(`"${question}" is not a question about the story. Ask one, last, in quotes: ${example}`);
  return question;
}
