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
    async run(): Promise<Reply> {
      return {
        kind: 'help',
        visibility: 'ephemeral',
        title: 'newsbrief — story briefings from stored articles',
        sections: [
          {
            style: 'bullets',
            items: list().map((c) => ({ text: `${c.usage} — ${c.description}`, note: `e.g. ${c.example}` })),
          },
          {
            heading: 'Questions',
            style: 'paragraph',
            items: [{ text: 'Reply in the thread of a brief to ask about that story; answers cite the article, or say it does not say.' }],
          },
        ],
      };
    },
  };
}
