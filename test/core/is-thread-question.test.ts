import { describe, expect, it } from 'vitest';
import { isThreadQuestion } from '../../src/core/is-thread-question';

describe('isThreadQuestion', () => {
  it('answers questions: a question mark, a question word or an auxiliary before a subject', () => {
    for (const text of [
      'who is his lawyer?',
      'When does the vote happen',
      'did the trust consult anyone',
      'cost?',
      "who's the CBC chair",
      'Has Stein done this before',
      'is Kelner still his lawyer',
      'how many cinemas',
      'So, who chairs the committee?',
      'Sorry, when is the vote?',
      'what now?',
      'why did he resign?',
      'Really? Who said so?',
    ]) {
      expect(isThreadQuestion(text), text).toBe(true);
    }
  });

  it('leaves chat between colleagues alone', () => {
    for (const text of [
      'thanks!',
      'Thanks?',
      'hello',
      'hi all',
      'clear',
      'ok 👍',
      'worth a call tomorrow',
      'cc @sam on this',
      '@sam can you call the trust?',
      '<@U024BE7LH> is this yours?',
      'Sam, can you ring the trust?',
      'will do',
      "can't wait for the vote",
      'what a day',
      'Was great, thanks',
      '/breif flynn',
      '  ',
      '?',
      '?!',
      'really?',
      'huh?',
      'Why?',
      'wait, what?',
      'sorry?',
    ]) {
      expect(isThreadQuestion(text), text).toBe(false);
    }
  });

  it('leaves greetings, thanks and praise said to someone alone, even when addressed to the bot', () => {
    for (const text of [
      'hi there',
      'hi folks',
      'morning all',
      'good morning everyone',
      'thanks both',
      'thanks Sam!',
      'thank you so much',
      'great work',
      'good job everyone',
      'well done team 👏',
      'nice one',
      'cheers mate',
      'hey guys',
      'hi all, thanks Jo',
      'much appreciated',
    ]) {
      expect(isThreadQuestion(text, { addressedToBot: true }), text).toBe(false);
      expect(isThreadQuestion(`<@U0BOT> ${text}`, { addressedToBot: true }), text).toBe(false);
    }
  });

  it('still answers a question that follows a greeting or thanks', () => {
    for (const text of [
      'hi, who chairs the committee?',
      'hi there, did the committee reject the request?',
      'morning all, when is the vote?',
      'thanks Sam, where was the ferry going?',
      'nice one, who wrote it?',
      'hey guys, is Kelner still his lawyer?',
    ]) {
      expect(isThreadQuestion(text), text).toBe(true);
      expect(isThreadQuestion(text, { addressedToBot: true }), text).toBe(true);
    }
    // Addressed to the bot, a name or a phrase is a question about the story, not a greeting.
    for (const text of ['Kelner', 'the lawyer', 'great work on the flynn story'])
      expect(isThreadQuestion(text, { addressedToBot: true }), text).toBe(true);
  });

  it('answers anything addressed to the bot, but never a mistyped command', () => {
    expect(isThreadQuestion('the lawyer', { addressedToBot: true })).toBe(true);
    expect(isThreadQuestion('<@U0BOT> the lawyer', { addressedToBot: true })).toBe(true);
    expect(isThreadQuestion('<@U0BOT> thanks!', { addressedToBot: true })).toBe(false);
    // Two or three acknowledgements in a row are still chit-chat; a question after one is not.
    for (const text of ['lol ok', 'ok thanks!', 'great, thanks all'])
      expect(isThreadQuestion(text, { addressedToBot: true }), text).toBe(false);
    expect(isThreadQuestion('ok, who chairs the committee?', { addressedToBot: true })).toBe(true);
    expect(isThreadQuestion('thanks, when is the vote?')).toBe(true);
    expect(isThreadQuestion('/breif flynn', { addressedToBot: true })).toBe(false);
  });

  it('answers a question put to the whole channel (@here, @channel, @everyone): the bot is one of those asked', () => {
    for (const text of [
      "@here who is Flynn's attorney?",
      "who is Flynn's attorney? @channel",
      '@everyone when is the vote?',
    ])
      expect(isThreadQuestion(text), text).toBe(true);
    // Controls: a colleague named beside it still makes it theirs; a note or thanks to everyone is no question.
    for (const text of ["@sam @here who is Flynn's attorney?", '@here worth a call tomorrow', '@everyone thanks!'])
      expect(isThreadQuestion(text), text).toBe(false);
  });

  it('reads a handle that only starts like a channel ping (@channel-desk, @here.now) as a colleague', () => {
    for (const text of [
      '@channel-desk can you call her?',
      'who is the attorney? @here.now',
      '@everyone_sub when is the vote?',
    ])
      expect(isThreadQuestion(text), text).toBe(false);
    // Controls: the ping itself followed by punctuation is still the whole channel.
    for (const text of [
      '@here, who is the attorney?',
      'who is the attorney? @channel.',
      '@everyone: when is the vote?',
    ])
      expect(isThreadQuestion(text), text).toBe(true);
  });
});
