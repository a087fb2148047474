import type { Reply } from '../src/app/reply';
import type { CommandDefinition } from './command-definition';

/** `/brief help`: every command with an example, built from the same list platforms register. */
export function createHelpCommand(list: () => CommandDefinition[]): CommandDefinition {
  return {
    name: 'help',
    description: 'Show what newsbrief can do',
    usage: '/brief help',
    example: '/brief help',
    options: [],
    async run(_args, ctx): Promise<Reply> {
      // Discord cannot mix a bare option with subcommands, so the default query is `/brief story`.
      const onPlatform = (c: CommandDefinition, text: string) =>
        ctx.platform === 'discord' && c.name === '' ? text.replace('/brief', '/brief story') : text;
      return {
        kind: 'help',
        visibility: 'ephemeral',
        title: 'newsbrief — story briefings from stored articles',
        sections: [
          {
            style: 'bullets',
            items: list().map((c) => ({
              text: `${onPlatform(c, c.usage)} — ${c.description}`,
              note: `e.g. ${onPlatform(c, c.example)}`,
            })),
          },
          {
            heading: 'Questions',
            style: 'paragraph',
            items: [
              {
                text: 'Reply in the thread of a brief to ask about that story; answers cite the article, or say it does not say.',
              },
            ],
          },
        ],
      };
    },
  };
}
