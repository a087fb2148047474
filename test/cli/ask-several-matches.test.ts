import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, expect, it } from 'vitest';
import { tempStoreCli } from '../support/temp-store-cli';

// ux37 (session 36): `ask <words> "<question>"` answers from the best-matching story. When the words
// match several (both stories here mention the "quarry"), the answer came from one of them without a
// word on which, though the other held the answer. It now names the story it answered from and
// offers the others by id with the same question (stderr; stdout is still the answer alone), and
// --json adds `story` and `others`. Written copy, not corpus articles.
const QUARRY_VOTE = `Quarry expansion vote put off again

Hollin district councillors have put off a vote on expanding the Redmoor quarry for a second time, after the operator asked for more time to answer objections.

The planning chair, Moira Quist, said the committee would meet again in the spring.

Residents living beside the quarry say blasting already cracks their walls.
`;
const QUARRY_ROAD = `Lorry ban on Stane Lane from April

Lorries leaving the Redmoor quarry will be banned from Stane Lane from April, the county highways team said on Tuesday.

The ban will be enforced by cameras at both ends of the lane, and drivers face a £130 fine.

Parents at the lane's primary school had campaigned for the ban for three years.
`;

const { cli, dir } = tempStoreCli('newsbrief-ask-several-');
beforeEach(async () => {
  const vote = join(dir(), 'quarry-vote.txt');
  const road = join(dir(), 'quarry-road.txt');
  writeFileSync(vote, QUARRY_VOTE);
  writeFileSync(road, QUARRY_ROAD);
  expect((await cli(['ingest', vote, road])).code).toBe(0);
});

it('words that match two stories: the answer names its story and offers the other with the question', async () => {
  const question = 'how much is the fine?';
  const run = await cli(['ask', 'Redmoor quarry', question]);
  expect(run.code).toBe(0);
  const [answered, other] = run.err.includes('#1 “Quarry') ? [1, 2] : [2, 1];
  expect(run.err).toMatch(new RegExp(`^Answered from #${answered} “[^”]+”; “Redmoor quarry” also matches:\\n`));
  expect(run.err).toContain(`  #${other} “`);
  expect(run.err).toContain(`newsbrief ask ${other} 'how much is the fine?'`);
  // stdout is the reply alone, as before.
  expect(run.out).not.toContain('Answered from');

  const json = JSON.parse((await cli(['ask', 'Redmoor quarry', question, '--json'])).out);
  expect(json.story).toMatchObject({ id: answered });
  expect(json.others).toEqual([{ id: other, title: expect.any(String) }]);
});

it('control: words or an id that name one story add nothing', async () => {
  const byWords = await cli(['ask', 'lorries', 'how much is the fine?']);
  expect(byWords.code).toBe(0);
  expect(byWords.err).toBe('');
  expect(byWords.out).toContain('£130 fine');
  const json = JSON.parse((await cli(['ask', '2', 'how much is the fine?', '--json'])).out);
  expect(json).not.toHaveProperty('story');
  expect(json).not.toHaveProperty('others');
});
