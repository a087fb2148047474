import { parseArgs } from 'node:util';
import { buildAnswerReply } from '../app/build-answer-reply';
import type { Analysis, AnswerResult } from '../core/analysis-types';
import { loadArticleFile } from '../ingest/load-article-file';
import { renderConsoleReply } from '../platforms/console/render-console-reply';
import { type CliIo, UsageError } from './cli-io';
import { withRuntime } from './with-runtime';

const USAGE = 'newsbrief ask (<query> | --file <path>) "<question>" [--json]';

/** `newsbrief ask`: answers from one article, citing its sentences; answer null when it does not say. */
export async function askCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, file: { type: 'string' } },
  });
  const question = positionals.at(-1)?.trim();
  const query = positionals.slice(0, -1).join(' ').trim();
  if (!question) throw new UsageError('Give the question last, in quotes.', USAGE);
  if (!values.file && !query) throw new UsageError('Say which story: words from it, or --file <path>.', USAGE);

  return withRuntime(io, async ({ app, engine, config }) => {
    let result: AnswerResult;
    let analysis: Analysis;
    if (values.file) {
      const loaded = await loadArticleFile(values.file, config.NEWSBRIEF_MAX_FILE_MB * 1024 * 1024);
      if (!loaded.ok) {
        io.stderr.write(`${values.file}: ${loaded.error}\n`);
        return 1;
      }
      analysis = (await engine.analyze(loaded.text, { source: values.file })).analysis;
      result = await engine.answer(analysis, question, loaded.text);
    } else {
      const brief = await app.briefStory(query);
      if (brief.kind === 'none') {
        const near = brief.suggestions.map((s) => `  #${s.id} ${s.title}`).join('\n');
        io.stderr.write(`No stored story matches "${query}".${near ? `\nClosest:\n${near}` : ''}\n`);
        return 1;
      }
      const answer = await app.answerAbout(brief.article.id, question);
      if (!answer) throw new Error(`story #${brief.article.id} disappeared while answering`);
      ({ result, analysis } = answer);
    }
    if (values.json) io.stdout.write(`${JSON.stringify({ answer: result.answer, sentenceIds: result.sentenceIds })}\n`);
    else io.stdout.write(`${renderConsoleReply(buildAnswerReply({ result, analysis }))}\n`);
    return 0;
  });
}
