import { expect, it } from 'vitest';
import { addArticleFromInput } from '../../src/app/add-article-from-input';
import { parseTextFile } from '../../src/ingest/parse-text-file';
import { silentLogger } from '../../src/logging/create-logger';
import type { AddArticleResult, NewArticle } from '../../src/store/article-repository';

// Audit 52, B-a52-10: Markdown's strong markers are markup. A story opening on a bold headline was stored and listed
// under "**Harbour board nears a vote**". Invented copy.
const BODY =
  'The harbour board is expected to vote on the ferry levy as soon as Friday, according to two members, after a ' +
  'winter of delays. Island residents say the levy would cost them more than the mainland towns it serves.\n';

it('titles a text file by its bold headline’s words', () => {
  expect(parseTextFile('story.txt', `**Harbour board nears a vote**\n\n${BODY}`, 'UTC').title).toBe(
    'Harbour board nears a vote',
  );
});

it('titles a pasted story by its bold headline’s words', async () => {
  const stored: NewArticle[] = [];
  const ingest = async (article: NewArticle): Promise<AddArticleResult> => {
    stored.push(article);
    return { article: { id: 1, ...article } as unknown as AddArticleResult['article'], outcome: 'created' };
  };
  await addArticleFromInput(`**Harbour board nears a vote**\n\n${BODY}`, {
    addedBy: 'tester',
    ingest,
    logger: silentLogger(),
  });
  expect(stored.map((a) => a.title)).toEqual(['Harbour board nears a vote']);
});

it('control: a plain headline and stars that mark no emphasis stay as written', () => {
  expect(parseTextFile('story.txt', `Harbour board nears a vote\n\n${BODY}`, 'UTC').title).toBe(
    'Harbour board nears a vote',
  );
  expect(parseTextFile('story.txt', `Board told to "go to h**l" over levy\n\n${BODY}`, 'UTC').title).toBe(
    'Board told to "go to h**l" over levy',
  );
});
