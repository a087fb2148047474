import { headlineKey } from './headline-key';
import { textByline } from './text-byline';

/**
 * A Markdown body with its front matter's title as the headline line it opens with. The front matter gives the title
 * whatever its length: "title: Ferry" was dropped because "ferry" occurs in the body's first sentence, the test a
 * page's or a feed's title passes (with-headline), and the story took that sentence as its title (review s45
 * B-r45-17). The body opens with the title already only when its first line is the title, or is a headline line of
 * its own (short, no closing stop) that opens with it, as a heading does ("# Ferry timetable cut" under "Ferry"); a
 * byline ("By Tom Reed, ferry correspondent") is no headline line whatever words it holds (review s46 B-r46-9).
 */
export function frontMatterHeadline(title: string, body: string): string {
  // The text as with-headline stores it (leading blank lines dropped, the end kept), so a story stored before is
  // found again by its content.
  const text = body.replace(/^\s+/, '');
  const first = text.split('\n', 1)[0]!.trim();
  const line = headlineKey(first);
  const headline = headlineKey(title);
  const headlineLine =
    first.length <= 150 &&
    !/[.!?:;,]["”’)]?$/.test(first) &&
    line.startsWith(`${headline} `) &&
    textByline(`${title}\n${first}`) === undefined;
  return line === headline || headlineLine ? text : `${title.replace(/\s+/g, ' ').trim()}\n\n${text}`;
}
