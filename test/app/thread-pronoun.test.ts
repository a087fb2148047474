import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Review B-r39-13: "what did she say?" right after "what did Helen Marsh say?" said "The article doesn't say.".
// Invented copy: a library closure story quoting one woman and one man.
const LIBRARY = `Library closure vote delayed

Councillors in Wexbury delayed a vote on closing the town's two branch libraries on Tuesday.

"We cannot close a library on the strength of a four-page consultation," said Councillor Helen Quinlan, who chairs the culture committee.

Council leader Owen Petrie said the delay was "disappointing but understandable".

The vote is now expected in March.
`;

const consoleSays = useConsoleStory({ copy: LIBRARY });

test('"what did she say?" after an answer quoting one woman takes "she" as her, and says so', async () => {
  const [, , she, , he] = await consoleSays([
    '/brief library',
    'what did Helen Quinlan say?',
    'what did she say?',
    'what did Owen Petrie say?',
    'what did he say?',
  ]);
  expect(she).toMatch(/Taking “she” as Helen Quinlan/);
  // Session 45: the same question as read, citing the same sentences, is said to be answered above, not repeated.
  expect(she).toMatch(/Already asked above \(as “what did Helen Quinlan say\?”\)/);
  expect(she).not.toMatch(/doesn't say/);
  expect(he).toMatch(/Taking “he” as Owen Petrie/);
  expect(he).toMatch(/Already asked above \(as “what did Owen Petrie say\?”\)/);
});

test('controls: a pronoun that fits nobody the last answer cited says whom it could not tell; a named question is unchanged', async () => {
  const [, named, wrong] = await consoleSays(['/brief library', 'what did Helen Quinlan say?', 'what did he say?']);
  expect(named).not.toMatch(/Taking/);
  expect(wrong).toMatch(/couldn't tell whom “he” means: the last answer cited Helen Quinlan/);
  expect(wrong).not.toMatch(/Taking/);
});
