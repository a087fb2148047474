import { parseArgs } from 'node:util';
import { buildBriefReply } from '../app/build-brief-reply';
import type { StorySuggestion } from '../app/newsbrief-app';
import { cmd } from '../app/reply';
import { vagueQuery } from '../app/vague-query';
import { renderConsoleReply } from '../platforms/console/render-console-reply';
import { type CliIo, UsageError } from './cli-io';
import { cliNotFound, cliStoryQuery } from './cli-not-found';
import { fileNotStory } from './file-not-story';
import { shellBriefReply } from './shell-brief-reply';
import { withRuntime } from './with-runtime';

/** `newsbrief brief <query>`: the same brief the bots post, as text or JSON. */
export async function briefCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean' } },
  });
  const query = cliStoryQuery(positionals.join(' '));
  if (!query || vagueQuery(query))
    throw new UsageError(
      `Which story? ${query ? `"${query}" is too vague; give` : 'Give'} words from it or its id, e.g. \`newsbrief brief ferry\`.`,
    );
  return withRuntime(io, async ({ app }) => {
    const result = await app.briefStory(query);
    if (values.json) {
      const payload =
        result.kind === 'found'
          ? {
              found: true,
              article: articleSummary(result.article),
              engine: result.engine,
              analysis: result.analysis,
              others: result.others,
            }
          : { found: false, query, suggestions: result.suggestions.map(suggestionSummary) };
      io.stdout.write(`${JSON.stringify(payload)}\n`);
    } else {
      io.stdout.write(
        result.kind === 'found'
          ? `${renderConsoleReply(shellBriefReply(buildBriefReply(result), result.article, result.engine))}\n`
          : notFound(cliNotFound({ ...result, retry: (id) => cmd('brief', String(id)) }), query),
      );
    }
    return result.kind === 'found' ? 0 : 1;
  });
}

function articleSummary(article: {
  id: number;
  title: string;
  source: string;
  url: string | null;
  publishedAt: string | null;
  ingestedAt: string;
}) {
  const { id, title, source, url, publishedAt, ingestedAt } = article;
  return { id, title, source, url, publishedAt, ingestedAt };
}

/**
 * A suggestion as the JSON contract gives it: the fields of `others`, whichever way it was found. The story a
 * leading "#N" names came whole from the store (text and hash included) with the app's internal `idOnly`.
 */
function suggestionSummary(suggestion: StorySuggestion) {
  return { ...articleSummary(suggestion), score: suggestion.score };
}

/** The miss's first line, then what to do with a file whose path was typed (fileNotStory), then the rest. */
function notFound(text: string, query: string): string {
  const at = text.indexOf('\n') + 1;
  return text.slice(0, at) + fileNotStory(query) + text.slice(at);
}
