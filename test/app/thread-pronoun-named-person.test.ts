import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Review s42 B-r42-15: "her" after an answer whose sentence names one woman with a verb that is not a reporting verb
// ("won the contract") was "the last answer quoted no one", then answered as asked. Invented copy.
const POOL = `Pool cleaning contract row

Grace Obi, the council's leisure manager, won the pool cleaning contract in March after a tender that drew three bids. Tom Reed, the council leader, signed the contract on behalf of the council.

Reed said he gave her the contract because her bid was the lowest.

The Eastfield Swimming Club and its chairman, Paul Grey, opposed the deal. Grey said the club had not been consulted.
`;

const consoleSays = useConsoleStory({ copy: POOL });

test('"her" after an answer naming one woman in another role is that woman', async () => {
  const [, , her] = await consoleSays(['/brief pool', 'who won the contract?', 'when did she win it?']);
  expect(her).toMatch(
    /Taking “she” as Grace Obi, whom the last answer cited \(asked as “when did Grace Obi win it\?”\)/,
  );
});

test('"he" after a body and its chairman opposing a deal is the chairman', async () => {
  const [, , he] = await consoleSays(['/brief pool', 'who opposed the deal?', 'why did he oppose it?']);
  expect(he).toMatch(/Taking “he” as Paul Grey/);
});

test('control: "she" after an answer naming only a man and a club is not guessed', async () => {
  const [, , she] = await consoleSays(['/brief pool', 'who opposed the deal?', 'what did she say?']);
  expect(she).toMatch(/couldn't tell whom “she” means/);
  expect(she).not.toMatch(/Taking “she”/);
});
