import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectPath } from '../../src/project-path';
import { FAKE_BOT_USER_ID } from '../support/fake-slack-api';
import { postBrief, postedText, useSlackTestEnv } from './slack-harness';
import { threadProbes } from './thread-probes';

describe('Slack threads: questions in a brief thread are answered exactly once', () => {
  const env = useSlackTestEnv();

  const { answersIn, mentionBot, sentinel } = threadProbes(env);

  it('answers a reply in the thread of a brief, in that thread, citing the article', async () => {
    const { ts } = await postBrief(env.slack, env.fake, env.test.store.conversations, 'CTHREAD1');
    const res = await env.slack.event('EvQ1', {
      channel: 'CTHREAD1',
      ts: '1700000100.000001',
      threadTs: ts,
      text: 'Who is Flynn’s attorney?',
    });
    expect(res.status).toBe(200);
    const answer = await env.fake.waitForCall(
      'chat.postMessage',
      (c) => c.params.channel === 'CTHREAD1' && c.params.thread_ts === ts,
    );
    expect(answer.params.thread_ts).toBe(ts);
    expect(postedText(answer.params)).toMatch(/Robert Kelner/);
    expect(answer.params.text).toBeTruthy();
  });

  it('answers an event delivered 3 times (X-Slack-Retry-Num) once', async () => {
    const { ts } = await postBrief(env.slack, env.fake, env.test.store.conversations, 'CRETRY01');
    const question = { channel: 'CRETRY01', ts: '1700000200.000001', threadTs: ts, text: 'What did Spicer say?' };
    for (const retryNum of [undefined, 1, 2]) {
      expect((await env.slack.event('EvRetry1', question, { retryNum })).status).toBe(200);
    }
    await env.fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CRETRY01' && c.params.thread_ts === ts);
    await sentinel();
    expect(answersIn('CRETRY01', ts)).toHaveLength(1);
    expect(await env.test.store.conversations.markEventHandled('slack:event:EvRetry1')).toBe(false);
  });

  it('answers a post that fires both app_mention and message once', async () => {
    const { ts } = await postBrief(env.slack, env.fake, env.test.store.conversations, 'CMENTION');
    const post = {
      channel: 'CMENTION',
      ts: '1700000300.000001',
      threadTs: ts,
      text: `<@${FAKE_BOT_USER_ID}> what did Spicer say?`,
    };
    const [a, b] = await Promise.all([
      env.slack.event('EvMentionA', { ...post, type: 'app_mention' }),
      env.slack.event('EvMessageB', { ...post, type: 'message' }),
    ]);
    expect([a.status, b.status]).toEqual([200, 200]);
    await env.fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CMENTION' && c.params.thread_ts === ts);
    await sentinel();
    expect(answersIn('CMENTION', ts)).toHaveLength(1);
  });

  it('never answers bots, including itself', async () => {
    const { ts } = await postBrief(env.slack, env.fake, env.test.store.conversations, 'CBOTS001');
    await env.slack.event('EvBot1', {
      channel: 'CBOTS001',
      ts: '1700000400.000001',
      threadTs: ts,
      text: 'Who?',
      botId: 'BOTHER01',
      subtype: 'bot_message',
    });
    await env.slack.event('EvBot2', {
      channel: 'CBOTS001',
      ts: '1700000400.000002',
      threadTs: ts,
      text: 'Who?',
      botId: 'BOTHER02',
      user: 'UOTHERBOT',
    });
    await env.slack.event('EvBot3', {
      channel: 'CBOTS001',
      ts: '1700000400.000003',
      threadTs: ts,
      text: 'Who?',
      user: FAKE_BOT_USER_ID,
    });
    await sentinel();
    expect(answersIn('CBOTS001', ts)).toHaveLength(0);
  });

  it('posts a brief for a mention with a query outside any brief thread', async () => {
    await env.slack.event('EvTop1', {
      type: 'app_mention',
      channel: 'CTOPLVL1',
      ts: '1700000600.000001',
      text: `<@${FAKE_BOT_USER_ID}> flynn`,
    });
    const brief = await env.fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CTOPLVL1');
    expect(brief.params.thread_ts).toBeUndefined();
    expect(brief.params.blocks[0].text.text).toMatch(/Flynn/);
  });

  it('tells a question in the thread of a story deleted since the brief that the story is gone, as every command does', async () => {
    // A story of its own, so deleting it leaves the other tests' Flynn story alone.
    const text = readFileSync(join(projectPath('samples'), 'harbour-ferry-contract.txt'), 'utf8');
    await env.test.app.ingest({ source: 'ferry.txt', title: text.split('\n', 1)[0]!, text });
    const { ts, articleId } = await postBrief(env.slack, env.fake, env.test.store.conversations, 'CGONE001', 'ferry');
    expect(await env.test.store.articles.remove(articleId)).toMatchObject({ source: 'ferry.txt' });
    await env.slack.event('EvGone1', {
      channel: 'CGONE001',
      ts: '1700000800.000001',
      threadTs: ts,
      text: 'Who chairs the finance committee?',
    });
    const note = await env.fake.waitForCall('chat.postEphemeral', (c) => c.params.channel === 'CGONE001');
    expect(note.params.thread_ts).toBe(ts);
    expect(postedText(note.params)).toContain(
      `Story #${articleId} is no longer stored: it was deleted after this brief.\n` +
        'See every stored story and its id with `/brief list`.',
    );
    // Not read as a story search for the question's words.
    expect(postedText(note.params)).not.toContain('No stored story matches');
  });

  it('a question to the bot in a thread that is no brief gets one short private reply naming likely stories, never a brief', async () => {
    const flynn = (await env.test.app.findStory('flynn'))!.id;
    // A colleague's thread: its parent is no brief.
    const thread = { channel: 'CLOOSE01', threadTs: '1700001000.000001' };
    await mentionBot('EvLoose1', { ...thread, ts: '1700001000.000002' }, 'what did Spicer say?');
    const note = await env.fake.waitForCall('chat.postEphemeral', (c) => c.params.channel === 'CLOOSE01');
    expect(note.params.thread_ts).toBe(thread.threadTs);
    const said = postedText(note.params);
    expect(said).toContain('Which story?');
    expect(said).toContain(`#${flynn} what did Spicer say?`);
    expect(said).toContain(`/brief #${flynn}`);
    // Named by its id, the question is answered from that story, citing it, in the thread.
    await mentionBot('EvLoose2', { ...thread, ts: '1700001000.000003' }, `#${flynn} who is Flynn’s attorney?`);
    const answer = await env.fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CLOOSE01');
    expect(answer.params.thread_ts).toBe(thread.threadTs);
    expect(postedText(answer.params)).toMatch(/Robert Kelner/);
    expect(postedText(answer.params)).toMatch(/Flynn's Request for Immunity/);
    expect(postedText(answer.params)).toContain(`/brief #${flynn}`);
    await sentinel();
    // One answer, no brief: the colleague's thread is not made the story's thread either.
    expect(env.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'CLOOSE01')).toHaveLength(1);
    expect(await env.test.store.conversations.articleForThread(`slack:CLOOSE01:${thread.threadTs}`)).toBeUndefined();
  });

  it('thanks said to the bot gets nothing, a greeting one friendly line; neither is searched as a story', async () => {
    await mentionBot('EvThanks', { channel: 'CCHIT001', ts: '1700001100.000001' }, 'thanks!');
    await mentionBot('EvHello', { channel: 'CCHIT001', ts: '1700001100.000002' }, 'hello');
    const hint = await env.fake.waitForCall('chat.postEphemeral', (c) => c.params.channel === 'CCHIT001');
    expect(postedText(hint.params)).toContain('/brief help');
    await sentinel();
    const notes = env.fake.callsTo('chat.postEphemeral').filter((c) => c.params.channel === 'CCHIT001');
    expect(notes).toHaveLength(1);
    expect(notes.map((c) => postedText(c.params)).join('\n')).not.toContain('No stored story');
    expect(env.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'CCHIT001')).toHaveLength(0);
  });

  it('a question about the bot gets the help privately: the whole help outside a brief, a short form in its thread', async () => {
    await mentionBot('EvHelp1', { channel: 'CHELP001', ts: '1700001200.000001' }, 'what can you do?');
    const help = await env.fake.waitForCall('chat.postEphemeral', (c) => c.params.channel === 'CHELP001');
    expect(postedText(help.params)).toContain('/brief follow');
    expect(postedText(help.params)).not.toContain('Which story?');
    const { ts, articleId } = await postBrief(env.slack, env.fake, env.test.store.conversations, 'CHELP002');
    await mentionBot('EvHelp2', { channel: 'CHELP002', ts: '1700001200.000002', threadTs: ts }, 'how do I use you?');
    // Not addressed, but still about the bot: a thread question would get "the article doesn't say".
    await env.slack.event('EvHelp3', {
      channel: 'CHELP002',
      ts: '1700001200.000003',
      threadTs: ts,
      text: 'what can you do?',
    });
    await sentinel();
    const notes = env.fake.callsTo('chat.postEphemeral').filter((c) => c.params.channel === 'CHELP002');
    expect(notes).toHaveLength(2);
    for (const note of notes) {
      expect(note.params.thread_ts).toBe(ts);
      expect(postedText(note.params)).toContain(`story #${articleId}`);
      expect(postedText(note.params)).toContain('/brief help');
      expect(postedText(note.params)).not.toMatch(/doesn't say|does not say/);
    }
    expect(answersIn('CHELP002', ts)).toHaveLength(0);
  });

  it('a reaction or a bare question word in a brief’s thread gets no answer; said to the bot, one line on what to ask', async () => {
    const { ts } = await postBrief(env.slack, env.fake, env.test.store.conversations, 'CNOASK01');
    for (const [i, text] of ['really?', '?', 'wait, what?'].entries())
      await env.slack.event(`EvNoAsk${i}`, { channel: 'CNOASK01', ts: `1700001300.00000${i}`, threadTs: ts, text });
    await mentionBot('EvNoAsk9', { channel: 'CNOASK01', ts: '1700001300.000009', threadTs: ts }, 'why?');
    await sentinel();
    expect(answersIn('CNOASK01', ts)).toHaveLength(0);
    const notes = env.fake.callsTo('chat.postEphemeral').filter((c) => c.params.channel === 'CNOASK01');
    expect(notes).toHaveLength(1);
    expect(postedText(notes[0]!.params)).toMatch(/asks nothing I can look up/);
    expect(postedText(notes[0]!.params)).not.toMatch(/doesn't say|does not say/);
  });

  it('in a brief’s thread "the bot" may be the story’s: "how does the bot work?" is answered, not the help', async () => {
    const { ts } = await postBrief(env.slack, env.fake, env.test.store.conversations, 'CHELP003');
    const inThread = { channel: 'CHELP003', threadTs: ts };
    await env.slack.event('EvBotWord1', { ...inThread, ts: '1700001200.000011', text: 'how does the bot work?' });
    await sentinel();
    expect(answersIn('CHELP003', ts)).toHaveLength(1);
    expect(env.fake.callsTo('chat.postEphemeral').filter((c) => c.params.channel === 'CHELP003')).toHaveLength(0);
  });

  it('/brief with a question naming a story id answers from that story, as the mention does', async () => {
    const flynn = (await env.test.app.findStory('flynn'))!.id;
    await env.slack.command({ text: `who is Flynn’s attorney in #${flynn}?`, channel: 'CSLASHQ1' });
    const answer = await env.fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CSLASHQ1');
    expect(postedText(answer.params)).toMatch(/Robert Kelner/);
    expect(postedText(answer.params)).toContain(`From story #${flynn}.`);
  });

  it('a /brief command typed into a mention runs, in a brief thread or out of one; a mistyped one is named', async () => {
    const { ts } = await postBrief(env.slack, env.fake, env.test.store.conversations, 'CSLASH01');
    await mentionBot('EvSlash1', { channel: 'CSLASH01', ts: '1700001300.000001', threadTs: ts }, '/brief list');
    const list = await env.fake.waitForCall(
      'chat.postEphemeral',
      (c) => c.params.channel === 'CSLASH01' && postedText(c.params).includes('Recent stories'),
    );
    expect(list.params.thread_ts).toBe(ts);
    await mentionBot('EvSlash2', { channel: 'CSLASH02', ts: '1700001300.000002' }, '/breif list');
    const typo = await env.fake.waitForCall('chat.postEphemeral', (c) => c.params.channel === 'CSLASH02');
    expect(postedText(typo.params)).toContain('Did you mean `/brief list`?');
    expect(postedText(typo.params)).not.toContain('No stored story');
  });

  it('ignores ordinary channel chatter that is not in a brief thread', async () => {
    await env.slack.event('EvChat1', { channel: 'CCHAT001', ts: '1700000700.000001', text: 'lunch anyone?' });
    await env.slack.event('EvTop2', {
      type: 'app_mention',
      channel: 'CCHAT001',
      ts: '1700000700.000002',
      text: `<@${FAKE_BOT_USER_ID}> flynn`,
    });
    await env.fake.waitForCall('chat.postMessage', (c) => c.params.channel === 'CCHAT001');
    expect(env.fake.callsTo('chat.postMessage').filter((c) => c.params.channel === 'CCHAT001')).toHaveLength(1);
  });

  it('answers a remark edited into a question, once; an answered question edited is not answered again', async () => {
    const { ts } = await postBrief(env.slack, env.fake, env.test.store.conversations, 'CEDIT001');
    const remark = { channel: 'CEDIT001', ts: '1700000800.000001', threadTs: ts, text: 'Kelner is his lawyer' };
    await env.slack.event('EvRemark', remark);
    await sentinel();
    expect(answersIn('CEDIT001', ts)).toHaveLength(0);
    // The reporter adds the question mark: Slack sends message_changed with the message as it reads now.
    const edited = { user: 'U0000002', text: 'Who is Flynn’s attorney?', ts: remark.ts, threadTs: ts };
    await env.slack.event('EvEdit1', { channel: 'CEDIT001', ts: '1700000800.000002', text: '', edited });
    const answer = await env.fake.waitForCall(
      'chat.postMessage',
      (c) => c.params.channel === 'CEDIT001' && c.params.thread_ts === ts,
    );
    expect(postedText(answer.params)).toMatch(/Robert Kelner/);
    // A second edit of the same message (or Slack's edit when it unfurls a link) is not a new question.
    await env.slack.event('EvEdit2', {
      channel: 'CEDIT001',
      ts: '1700000800.000003',
      text: '',
      edited: { ...edited, text: 'Who is Flynn’s lawyer?' },
    });
    await sentinel();
    expect(answersIn('CEDIT001', ts)).toHaveLength(1);
  });
});
