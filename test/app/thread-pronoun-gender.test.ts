import { expect, test } from 'vitest';
import { threadPronoun } from '../../commands/thread-pronoun';
import { analyzeArticle } from '../../src/core/analyze-article';
import { useConsoleStory } from '../support/console-story';

// Review s40 (B-r40-1, -2, -3, -11): the thread's he/she took a body ("the trust") or "Mr Hollins" for "she", read
// "her" before a time word as a possessive, said no answer had quoted anyone after one had, and left "him" unread
// after a woman's name. Invented copy: a body, a spokeswoman, a man titled only "Mr", a woman whose first name no
// table lists (her quote is credited with "she said"), a listed woman and a councillor named Will.
const CLINIC = `Clinic hours cut at Northfield

The Northfield health trust has cut the evening opening hours of its walk-in clinic.

"We cannot staff the clinic safely after six o'clock," a spokeswoman for the trust said.

The trust said it would review the hours in June.

Dr Nkem Adeyemi, a nurse at the clinic, said patients were being turned away. "People are queuing outside in the rain," she said.

Mr Hollins, who takes his son to the clinic, said the cut was a disgrace.

Ruth Hale, who runs the patients' group, said the group would write to the health secretary.

Councillor Will Pryce said the council had asked the trust to think again.
`;

const CLINIC_ANALYSIS = analyzeArticle(CLINIC);

const consoleSays = useConsoleStory({ copy: CLINIC });

test('"she" is never a body or a man titled "Mr": the reply says whom it could not tell (B-r40-1)', async () => {
  const [, , trust, , hollins, , he] = await consoleSays([
    '/brief clinic',
    'when will the hours be reviewed?',
    'what did she say?',
    'what did Mr Hollins say?',
    'what did she say?',
    'what did Mr Hollins say?',
    'what did he say?',
  ]);
  expect(trust).toMatch(/couldn't tell whom “she” means: the last answer cited the trust\./);
  expect(trust).not.toMatch(/Taking/);
  expect(hollins).toMatch(/couldn't tell whom “she” means: the last answer cited Hollins\./);
  // Control: the man titled "Mr" is "he".
  expect(he).toMatch(/Taking “he” as Hollins, whom the last answer cited/);
  expect(he).toMatch(/disgrace/);
});

test('controls: a gendered role noun and the copy\'s own "she said" give the gender no name table does', async () => {
  const [, , spokeswoman, , adeyemi] = await consoleSays([
    '/brief clinic',
    'what can the trust not do after six?',
    'what did she say?',
    'who is turning patients away?',
    'what did she say?',
  ]);
  expect(spokeswoman).toMatch(/Taking “she” as a spokeswoman for the trust/);
  expect(adeyemi).toMatch(/Taking “she” as Nkem Adeyemi/);
  expect(adeyemi).toMatch(/queuing outside in the rain/);
});

test('"her" before a time or degree word is the object; before a noun, the possessive (B-r40-2)', async () => {
  // The possessive first: "who hired Ruth Hale last year?" is rightly "doesn't say" (no sentence says the hiring), and
  // a declined answer leaves no one for the next "her" (fix58b, session 58).
  const [, , group, hired] = await consoleSays([
    '/brief clinic',
    'what will the patients group do?',
    'what did her group say?',
    'who hired her last year?',
  ]);
  expect(hired).toMatch(/asked as “who hired Ruth Hale last year\?”/);
  expect(group).toMatch(/asked as “what did Ruth Hale's group say\?”/);
});

// Final read: "last"/"first" before a noun that is no time are the possessive's adjective; before a time, the object.
test.each([
  ['did the trust pay her enough?', 'did the trust pay Ruth Hale enough?'],
  ['did they consult her personally?', 'did they consult Ruth Hale personally?'],
  ['was her letter sent?', "was Ruth Hale's letter sent?"],
  ['what did her last report say?', "what did Ruth Hale's last report say?"],
  ['what was her first job?', "what was Ruth Hale's first job?"],
  ['will they meet her next week?', 'will they meet Ruth Hale next week?'],
  ['who met her first?', 'who met Ruth Hale first?'],
])('"her" after an answer citing Ruth Hale: %s → %s', (asked, read) => {
  const hale = CLINIC_ANALYSIS.sentences.filter((s) => s.text.startsWith('Ruth Hale'));
  expect(threadPronoun(asked, CLINIC_ANALYSIS, hale)).toMatchObject({ question: read });
});

test('says whom the brief or the last answer quoted, and flags an answer to an unread pronoun (B-r40-3)', async () => {
  const [, brief, , noOne, answered] = await consoleSays([
    '/brief clinic',
    'what did he say?',
    'which hours did the trust cut?',
    'what did she say next?',
    'what did he say about the trust?',
  ]);
  expect(brief).toMatch(/couldn't tell whom “he” means: the brief quoted Nkem Adeyemi\./);
  expect(noOne).toMatch(/couldn't tell whom “she” means: the last answer named no one\./);
  expect(`${brief}${noOne}`).not.toMatch(/no answer in this thread/);
  expect(answered).toMatch(/couldn't tell whom “he” means: .*This answers the question as asked/);
});

test('a name before the pronoun that cannot be it, or an opening "Will", leaves the pronoun to the thread (B-r40-11)', async () => {
  const [, , him, , will, , own] = await consoleSays([
    '/brief clinic',
    'what did Will Pryce say?',
    'Did Ruth Hale criticise him?',
    'what did Will Pryce say?',
    'Will he meet the trust?',
    'what did Will Pryce say?',
    'Did Will Pryce say he would meet the trust?',
  ]);
  expect(him).toMatch(/Taking “him” as Will Pryce/);
  expect(will).toMatch(/Taking “he” as Will Pryce/);
  // Control: a question naming the man its "he" can be keeps its own reading.
  expect(own).not.toMatch(/Taking|couldn't tell/);
});
