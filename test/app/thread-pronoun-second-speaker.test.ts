import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Review B-r41-21: after an answer citing "the Trust said …, and its chairman, Paul Grey, said …", "he" named only
// the Trust (one reported statement per sentence); right after a brief quoting two men, "what did he say?" ended
// "The article doesn't say.". Invented copy: a lido story quoting two men, then a body and its chairman.
const LIDO = `Town lido to reopen after repairs

The Marbury lido will reopen in June after a three-year closure, the council said on Monday.

"The lido is the pride of this town," said Dan Wells, the council leader. "We will not let it crumble."

Mr Ashby, a lifeguard at the lido, said his hours had been cut. "I have lost my summers," he said.

The Marbury Lido Trust, which owns the site, said it would charge no fee for children, and its chairman, Paul Grey, said the trust would pay for the heating.
`;

const consoleSays = useConsoleStory({ copy: LIDO });

test('"he" after an answer citing a body and its chairman is the chairman the sentence names', async () => {
  const [, , he] = await consoleSays(['/brief lido', 'who will pay for the heating?', 'what did he say about fees?']);
  expect(he).toMatch(/Taking “he” as Paul Grey, whom the last answer cited/);
});

test('"he" right after a brief quoting two men lists them and does not say the article is silent', async () => {
  const [, he] = await consoleSays(['/brief lido', 'what did he say?']);
  expect(he).toMatch(/couldn't tell whom “he” means: the brief quoted Dan Wells and Ashby/);
  expect(he).not.toMatch(/doesn't say/);
});

test('controls: a named question is answered as asked; "she" fits no one cited and lists whom it read', async () => {
  const [, named, , she] = await consoleSays([
    '/brief lido',
    'what did Dan Wells say?',
    'who will pay for the heating?',
    'what did she say about fees?',
  ]);
  expect(named).not.toMatch(/Taking|couldn't tell/);
  expect(named).toMatch(/pride of this town/);
  expect(she).toMatch(/couldn't tell whom “she” means: the last answer cited the Marbury Lido Trust/);
  expect(she).not.toMatch(/Taking/);
});
