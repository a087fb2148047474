import type { CommandContext } from './command-definition';

/** Whether the asker may change what the channel shares (asked only when a command needs it). */
export async function mayChange(ctx: CommandContext): Promise<boolean> {
  return ctx.mayChangeChannel ? ctx.mayChangeChannel() : true;
}
