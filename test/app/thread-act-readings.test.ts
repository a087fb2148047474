import { expect, test } from 'vitest';
import { useConsoleStory } from '../support/console-story';

// Review s43 B-r43-4, B-r43-6, B-r43-7: three thread readings that leaned on the last question wrongly. Invented copy:
// a depot sale one councillor opposed and did not sign, with a union officer speaking for the workers.
const DEPOT = `Kelby depot sale signed despite finance chair's objection

Kelby council approved the sale of the Quay Road depot to a haulage firm on Tuesday for £2.1m.

Council leader Ruth Hale signed the contract on Wednesday because the council needed the money before April, she said.

Councillor Ivo Dane did not sign the contract, saying the price was too low.

Councillor Ivo Dane, who chairs the finance committee, opposed the sale.

The union's branch secretary, Mo Khan, said 35 workers would lose their jobs.

"Nobody asked us about the depot," said the residents.
`;

const consoleSays = useConsoleStory({ copy: DEPOT, brief: '/brief kelby depot' });

test('"what about X?" when the article says X did not do the act: what it says of X, not the last question', async () => {
  const [, , dane] = await consoleSays(['why did Hale sign the contract?', 'what about Dane?']);
  expect(dane).not.toMatch(/why did Dane sign/);
  expect(dane).toMatch(/it doesn't have Dane doing what the last question asked/);
  expect(dane).toMatch(/Ivo Dane did not sign the contract/);
});

test('"what about X?" after a who-question: what the article says of X, said so', async () => {
  const [, , hale] = await consoleSays(['who opposed the sale?', 'what about Ruth Hale?']);
  expect(hale).toMatch(
    /Taking “what about Ruth Hale\?” as what the article says about Ruth Hale: the last question \(“who opposed the sale\?”\) is not one I can ask again of someone else\./,
  );
  expect(hale).toMatch(/Ruth Hale signed the contract/);
});

test('"what did they say?" with "they" a group the article never has speaking: it does not say', async () => {
  const [, , workers] = await consoleSays(['who will lose their jobs?', 'what did they say?']);
  expect(workers).toMatch(/Taking “they” as workers/);
  expect(workers).toMatch(/The article doesn't say what workers said\./);
  expect(workers).not.toMatch(/Mo Khan, said 35 workers/);
});

test('control: a group that speaks in an inverted tag is still answered', async () => {
  const [, , tenants] = await consoleSays(['who said nobody asked them about the depot?', 'what did they say?']);
  expect(tenants).toMatch(/Taking “they” as the residents/);
  expect(tenants).not.toMatch(/doesn't say what/);
  expect(tenants).toMatch(/Nobody asked us about the depot/);
});

test('"and why?" after a who-question whose answer has one person doing the act: asked of that person', async () => {
  const [, , why] = await consoleSays(['who signed the contract on Wednesday?', 'and why?']);
  expect(why).toMatch(
    /Taking “and why\?” as “why did Ruth Hale sign the contract on Wednesday\?”, after the last question\./,
  );
  expect(why).toMatch(/because the council needed the money before April/);
});

// Session 44: the group the answer has doing the act is asked instead (act-doer.ts); before, the reply refused.
test('control: a person the answer names who does not do the act is not asked the question', async () => {
  const [, , why] = await consoleSays(['who will lose their jobs?', 'and why?']);
  expect(why).not.toMatch(/Mo Khan lose/);
  expect(why).toMatch(/Taking “and why\?” as “why will workers lose their jobs\?”, after the last question\./);
});
