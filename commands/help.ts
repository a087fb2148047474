import { cmd, type Reply, said } from '../src/app/reply';
import type { CommandDefinition } from './command-definition';

/** `/brief help`: every command with an example, built from the same list platforms register. */
export function createHelpCommand(list: () => CommandDefinition[]): CommandDefinition {
  return {
    name: 'help',
    description: 'Show what newsbrief can do',
    usage: '',
    example: '',
    options: [],
    async run(): Promise<Reply> {
      return {
        kind: 'help',
        visibility: 'ephemeral',
        title: 'newsbrief — story briefings from stored articles',
        sections: [
          {
            style: 'bullets',
            items: list().map((c) =>
              c.example
                ? said(cmd(c.name, c.usage), ` — ${c.description} (e.g. `, cmd(c.name, c.example), ')')
                : said(cmd(c.name, c.usage), ` — ${c.description}`),
            ),
          },
          {
            heading: 'Questions',
            style: 'paragraph',
            items: [
              {
                text: 'Reply in the thread of a brief to ask about that story; answers cite the article, or say it does not say.',
              },
              said('Or ask about any stored story by its id, e.g. ', cmd('', '#12 who paid?')),
              {
                // Said to the bot or typed after the command, these were story searches once.
                text: 'Asking me about myself (“what can you do?”, “help”, “usage”, “options”, “commands”) brings up this help; in a brief’s thread, a short form of it.',
              },
            ],
          },
        ],
      };
    },
  };
}
