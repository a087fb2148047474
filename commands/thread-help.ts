import { cmd, noticeReply, type Reply } from '../src/app/reply';

/**
 * The help asked for in a brief's thread ("@newsbrief how do I use you?"): what the thread is for,
 * and where the rest is. Short, as the thread is about the story; only the asker sees it.
 */
export function threadHelp(articleId: number, options: { inThread?: boolean } = {}): Reply {
  // Asked with a story's id outside its thread ("#12 what can you do?"): how to ask about it there.
  if (options.inThread === false)
    return noticeReply([
      `Ask about story #${articleId} with its id in the question (e.g. “#${articleId} who is quoted?”), or in the thread of its brief (`,
      cmd('', `#${articleId}`),
      ' posts one). ',
      cmd('help'),
      ' lists every command.',
    ]);
  return noticeReply([
    `This thread is about story #${articleId}: ask about it here (e.g. “who is quoted?”) and I answer from the article, citing it. `,
    cmd('help'),
    ' lists every command.',
  ]);
}
