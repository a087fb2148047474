import { plainQuestion } from './plain-question';

/** Openers and softeners said before the question ("hey, …", "ok so …", "sorry, …"). */
const OPENER = /^(?:(?:hi|hey|hello|ok|okay|so|um|erm|sorry|please|quick question|newsbrief)\b[\s,:;.!-]*)+/;
/** Said after the question without changing what it asks ("… here?", "… please?"). */
const CLOSER = /(?:\s+(?:here|exactly|again|then|please|for me|for us|in here|in slack|in discord))+$/;
/** Names of the bot. In a brief's thread "the bot" or "this thing" may be the story's (a chatbot, a gadget). */
const BOT = `(?:you|newsbrief|news brief|this bot|the bot|this app|this thing)`;
const BOT_IN_THREAD = `(?:you|newsbrief|news brief|this bot)`;

/** The shapes of a question about the bot, with `BOT` naming it. */
const shapesNaming = (BOT: string): RegExp[] => [
  // "help", "help me", "usage", "commands?"
  /^(?:help|usage|instructions|commands|options)(?: (?:me|us|pls|please|needed))?$/,
  /^(?:can|could|would|will) you (?:please )?help(?: me| us)?(?: out)?$/,
  /^(?:i|we) need (?:some )?help$/,
  // "what can you do?", "what else does newsbrief do?", "what are you for?"
  new RegExp(`^what (?:else )?(?:can|do|does|could|will|would) ${BOT} (?:do|offer|help with|help (?:me|us) with)$`),
  new RegExp(`^(?:who|what) (?:are|r) you(?: for)?$|^(?:who|what)(?:'s| is) ${BOT}(?: for)?$`),
  // "how do I use you?", "how can we ask you questions?", "how do I get started?"
  new RegExp(
    `^how (?:do|can|should|would) (?:i|we|one|people) (?:use|work with|talk to|ask|ask questions of|get started with|start with)(?: ${BOT}| this bot)$`,
  ),
  /^how (?:do|can|should) (?:i|we) (?:get started|start|begin|ask (?:you )?(?:a )?questions?)$/,
  new RegExp(`^how (?:do you|does ${BOT}) work$`),
  // "what commands are there?", "which commands do you know?"
  /^(?:what|which) commands(?: (?:are there|are available|can i use|do you (?:know|have|take|understand|support)))?$/,
  // "what can I ask you?", "what should I type?"
  new RegExp(`^what (?:can|should|do) (?:i|we) (?:ask(?: you)?|type|say|do with ${BOT})$`),
];
const SHAPES = shapesNaming(BOT);
const SHAPES_IN_THREAD = shapesNaming(BOT_IN_THREAD);

export interface AsksAboutBotOptions {
  /** Said in a brief's thread: only "you", "newsbrief" or "this bot" name the bot there. */
  inThread?: boolean;
}

/**
 * Whether a message asks about the bot itself ("what can you do?", "how do I use you?", "help")
 * rather than about a story. Searched as words it briefed whichever story had them; asked in a
 * brief's thread it was answered "the article doesn't say". A small set of shapes, each naming the
 * bot ("you", "newsbrief", "this bot") or asking for help with nothing after it: "can you help me
 * understand the fee?" and "how does the subsidy work?" stay questions about the story.
 */
export function asksAboutBot(text: string, options: AsksAboutBotOptions = {}): boolean {
  const said = plainQuestion(text).replace(OPENER, '').replace(CLOSER, '').replace(/\s+/g, ' ').trim();
  return (options.inThread ? SHAPES_IN_THREAD : SHAPES).some((shape) => shape.test(said));
}
