import { expect, test } from 'vitest';
import { asksAboutBot } from '../../src/commands/asks-about-bot';

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
