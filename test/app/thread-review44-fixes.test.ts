import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Session 44 (review s44 B-r44-4, B-r44-13, B-r44-14): three thread readings on invented copy about a depot closing.
// A group that speaks through a reporting verb other than say/tell ("warned") was said to say nothing; "what about
// her?" took "her" as a name the article never mentions; an organisation was matched inside a longer word
// ("Council" in "Councillor") and as a title's first word ("Union officer Tom Brack said"). Each has a near control.
const DEPOT = `Bus depot in Kelso to close

Union officer Tom Brack said 60 drivers at the Kelso depot would lose their jobs when it closes in May.

The drivers warned of long delays for the town's commuters.

Councillor Mara Quill chairs the transport committee.

The cleaners at the depot will move to the Harwick site.

The Union called the closure a betrayal.

The Council approved the closure in March.

Depot manager Ada Lind signed the closure order on Friday, she said.
`;

const consoleSays = useConsoleStory({ copy: DEPOT, brief: '/brief kelso depot' });

test('a group that speaks through "warned" speaks: its sentence, not "the article doesn\'t say"', async () => {
  const [, , said] = await consoleSays(['who will lose their jobs?', 'what did they say?']);
  expect(said).toMatch(/Taking “they” as drivers/);
  expect(said).toMatch(/The drivers warned of long delays/);
  expect(said).not.toMatch(/doesn't say what drivers said/);
});

test('control: a group with no speech at all still says nothing', async () => {
  const [, , said] = await consoleSays(['who will move to the Harwick site?', 'what did they say?']);
  // Session 46: the head with its complement ("the cleaners at the depot"), as the copy names the group.
  expect(said).toMatch(/The article doesn't say what the cleaners at the depot said\./);
});

test('"Union" as a title\'s first word is no body for "they"; the one plural group is', async () => {
  const [, , when] = await consoleSays(['who will lose their jobs?', 'when will they lose them?']);
  expect(when).toMatch(/Taking “they” as drivers, which the last answer named/);
  expect(when).not.toMatch(/couldn't tell/);
});

test('control: "The Union" standing as a subject is a body for "they"', async () => {
  const [, , said] = await consoleSays(['what did the Union call the closure?', 'what did they say?']);
  expect(said).toMatch(/Taking “they” as the Union/);
});

test('"Council" inside "Councillor" is no body for "they"', async () => {
  const [, , said] = await consoleSays(['who chairs the transport committee?', 'what did they say?']);
  expect(said).not.toMatch(/Council\b/);
  expect(said).toMatch(/the last answer named no group or body/);
});

test('"what about her?" reads "her" as the thread does, not as a name the article never mentions', async () => {
  const [, , , about] = await consoleSays([
    'who chairs the transport committee?',
    'who signed the closure order?',
    'what about her?',
  ]);
  expect(about).not.toMatch(/doesn't mention her/);
  expect(about).toMatch(/Ada Lind/);
});

test('"what about him?" with no man in the last answer says whom it could not tell', async () => {
  const [, , about] = await consoleSays(['who signed the closure order?', 'what about him?']);
  expect(about).toMatch(/I couldn't tell whom “him” means: the last answer cited Ada Lind\./);
});

test('control: "what about Mara Quill?" is still read as a name', async () => {
  const [, , about] = await consoleSays(['who signed the closure order?', 'what about Mara Quill?']);
  expect(about).toMatch(/what the article says about Mara Quill/);
});
