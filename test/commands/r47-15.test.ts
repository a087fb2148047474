import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Review 47's B-r47-15: "and since when?" after "who chairs the show committee?" cited a sentence whose only date is
// another act's, in a relative clause ("who has farmed at Tarn End since 1987"), so the reader took it for the answer.
// Invented copy: a village show.
const SHOW = `Show committee plans August show

Rona Kell, who has farmed at Tarn End since 1987, chairs the show committee and runs the village shop.

The show will be held in August on the Tarn End field.

Ivo Penn has judged the sheep classes since 2016.
`;

const consoleSays = useConsoleStory({ copy: SHOW, brief: '/brief show committee' });

test('"and since when?" is not answered by another act\'s date', async () => {
  const [, , since] = await consoleSays(['who chairs the show committee?', 'and since when?']);
  expect(since).toMatch(/as “since when does Rona Kell chair the show committee\?”/);
  expect(since).toMatch(/doesn't say/i);
});

test('control: a date of the asked act answers', async () => {
  const [, , since] = await consoleSays(['who has judged the sheep classes?', 'and since when?']);
  expect(since).toMatch(/as “since when has Ivo Penn judged the sheep classes\?”/);
  expect(since).toMatch(/since 2016/);
  expect(since).not.toMatch(/doesn't say/i);
});
