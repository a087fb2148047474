import { expect, test } from 'vitest';
import { asksAboutBot } from '../../commands/asks-about-bot';
import type { CommandContext } from '../../commands/command-definition';
import { briefCommands, routeBriefCommand } from '../../commands/index';
import { renderConsoleReply } from '../../src/platforms/console/render-console-reply';

test('a question about the bot is told from one about the story by its shape, not by one sentence', () => {
  const aboutBot = [
    'help',
    'Help please!',
    'can you help me?',
    'I need help',
    'what can you do?',
    'What else can newsbrief do here?',
    'who are you?',
    'what is this bot for?',
    'How do I use you?',
    'how can we use this bot?',
    'how do I get started?',
    'how does newsbrief work?',
    'which commands do you know?',
    'what can I ask you?',
    'hey, what can you do?',
    'ok so how do I use newsbrief?',
  ];
  for (const text of aboutBot) expect(asksAboutBot(text), text).toBe(true);
  // About the story (as in a brief's thread): the help would hide the answer.
  const aboutStory = [
    'help for the island?',
    'can you help me understand the subsidy?',
    'what can the council do?',
    'what does it do?',
    'who are they?',
    'what is the trust for?',
    'how do I apply?',
    'how does the subsidy work?',
    'how does this work?',
    'what did you find?',
    'what can you tell me about the fee?',
    'who helped Flynn?',
  ];
  for (const text of aboutStory) expect(asksAboutBot(text), text).toBe(false);
});

test('in a brief’s thread only "you", "newsbrief" or "this bot" name the bot: "the bot" may be the story’s', () => {
  // A story about a chatbot or a gadget: these ask about it.
  for (const text of ['how does the bot work?', 'what is this thing for?', 'what can the bot do?'])
    expect(asksAboutBot(text, { inThread: true }), text).toBe(false);
  for (const text of ['how does newsbrief work?', 'what can you do?', 'what is this bot for?', 'help'])
    expect(asksAboutBot(text, { inThread: true }), text).toBe(true);
  // Outside a thread no story is in view, so they still ask about the bot.
  for (const text of ['how does the bot work?', 'what is this thing for?']) expect(asksAboutBot(text), text).toBe(true);
});

test('the help says which words bring it up, and each of them does, as a command or said to the bot', async () => {
  const help = briefCommands.find((c) => c.name === 'help')!;
  const text = renderConsoleReply(await help.run('', {} as CommandContext));
  const line = text.split('\n').find((l) => /brings? up this help/.test(l)) ?? '';
  const words = [...line.matchAll(/“([^”]+)”/g)].map((m) => m[1]!);
  expect(words).toEqual(expect.arrayContaining(['usage', 'options', 'commands', 'what can you do?']));
  for (const word of words) {
    expect(routeBriefCommand(word).command.name, word).toBe('help');
    expect(asksAboutBot(word), word).toBe(true);
  }
});
