import { leadingStoryId } from './leading-story-id';
import type { StorySuggestion } from './newsbrief-app';
import { type CommandRef, cmd, type Inline, type Reply, type ReplySection, said } from './reply';
import { storyIdIn } from './story-id-in';

export interface StoryNotFoundInput {
  /** What the user typed to name the story ("#99", "ferry contract"). */
  query: string;
  /**
   * Where the words were looked for: 'stories' (titles, text and the names in them, as a brief
   * searches) or 'titles' alone (commands that change a story must not pick one by its body).
   */
  searched: 'stories' | 'titles';
  /** Stored stories closest to the words, best first; for a bare number, the stories holding it. */
  suggestions: readonly Pick<StorySuggestion, 'id' | 'title' | 'idOnly'>[];
  /**
   * The same command naming a suggested story by id: `id => cmd('follow', `#${id} 09:00`)`; not
   * needed when nothing is suggested (an id).
   */
  retry?: (id: number) => CommandRef;
  /**
   * The commands that list and add stories where the user is: the chat ones by default; a shell
   * passes `newsbrief list` and `newsbrief ingest` forms (its renderer writes the prefix).
   */
  list?: CommandRef;
  add?: CommandRef;
  /**
   * The id came from a brief's thread, not from the user: the story was there when the brief was
   * posted and has been deleted since, which is worth saying rather than "there is no story".
   */
  deletedSinceBrief?: boolean;
  /** The store holds no story at all: nothing to list or suggest, only how to add one. */
  noneStored?: boolean;
}

/**
 * The one reply for "no story matches X", whichever command looked: it names what was searched
 * for and where, offers the closest stored stories, each with the command that retries with its id, and
 * says how to list every story. One builder, so `/brief`, follow, resolve, unfollow and the shell
 * commands cannot drift into wordings that each say less than the others.
 */
export function storyNotFound(input: StoryNotFoundInput): Reply {
  const list = input.list ?? cmd('list');
  const id = storyIdIn(input.query);
  const leading = leadingStoryId(input.query);
  const words = input.query.trim().slice(0, 100);
  const headline =
    id !== undefined
      ? input.deletedSinceBrief
        ? `Story #${id} is no longer stored: it was deleted after this brief.`
        : `There is no story #${id}.`
      : leading !== undefined
        ? leadingIdHeadline(words, leading, input.suggestions)
        : input.searched === 'titles'
          ? `No stored story has “${words}” in its title.`
          : `No stored story matches “${words}” in its title, text or names.`;
  const add = input.add ?? cmd('add', '<link or pasted text>');
  if (input.noneStored && !input.deletedSinceBrief) {
    // A first try on a new install: "see every stored story" would point at an empty list.
    const what = id !== undefined ? `there is no story #${id}` : `none matches “${words}”`;
    const empty = said(`No stories are stored yet, so ${what}. Add one with `, add, '.');
    return { kind: 'error', visibility: 'ephemeral', sections: [{ style: 'paragraph', items: [empty] }] };
  }
  const sections: ReplySection[] = [{ style: 'paragraph', items: [{ text: headline }] }];
  const offer = (heading: string, stories: StoryNotFoundInput['suggestions']) => {
    if (stories.length === 0) return;
    const items = stories.map((s) => ({ text: s.title, ...(input.retry ? { command: input.retry(s.id) } : {}) }));
    sections.push({ heading, style: 'bullets', items });
  };
  if (leading !== undefined) {
    // "#1 Flynn": the id's story (offered by its id alone when the words did not find it) and what the words
    // found are told apart; "Closest titles" headed stories the words had matched.
    offer(
      `Story #${leading}`,
      input.suggestions.filter((s) => s.idOnly),
    );
    offer(
      'Stories the words match',
      input.suggestions.filter((s) => !s.idOnly),
    );
  }
  // A bare number no story has ("15") may be a word in the stories offered ("15 January").
  else offer(id === undefined ? 'Closest titles' : `Stories that mention “${id}”`, input.suggestions);
  // Words that come near nothing stored: say so rather than leave the reader wondering whether
  // suggestions were looked for; the story may simply not be in yet.
  const nearNothing = id === undefined && leading === undefined && input.suggestions.length === 0;
  const see = 'See every stored story and its id with ';
  const advice: Inline[] = [nearNothing ? `No stored title comes close. ${see}` : see, list, '.'];
  if (nearNothing) advice.push(' Add it with ', add, '.');
  sections.push({ style: 'paragraph', items: [said(...advice)] });
  return { kind: 'error', visibility: 'ephemeral', sections };
}

/**
 * "#1 show this week?": words after an id make it a rank (or a story named and more), never story
 * #1 by itself, so the words were searched; the reply says that, and whether they matched, rather
 * than only that the text "starts with story #1" (what was done stayed unsaid).
 */
function leadingIdHeadline(words: string, leading: string, suggestions: StoryNotFoundInput['suggestions']): string {
  // The id's own story counts when the words' search found it too ("#1 Flynn" on story 1 about Flynn).
  const matched = suggestions.some((s) => !s.idOnly);
  const done = `“#${leading}” followed by words is not read as story #${leading}, so “${words}” was searched as words`;
  return matched ? `${done}; the stories they match are below.` : `${done}: no stored story matches them.`;
}
