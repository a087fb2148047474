import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/ingest/html-to-text';
import { parseTextFile } from '../../src/ingest/parse-text-file';
import { textByline } from '../../src/ingest/text-byline';

const SAMPLES = join(import.meta.dirname, '../../samples');
const story = (...lines: string[]) => lines.join('\n\n');
const BODY = 'The council postponed its vote on the ferry contract on Thursday after councillors raised costs.';

describe('the byline of a text file', () => {
  it('reads the bundled samples\' "By …" line as the byline and leaves the stored text as it was', () => {
    const raw = readFileSync(join(SAMPLES, 'harbour-ferry-contract.txt'), 'utf8');
    const parsed = parseTextFile('harbour-ferry-contract.txt', raw, 'UTC');
    expect(parsed.byline).toBe('Nadia Okafor, Local Democracy Reporter');
    // Same text, same hash: a story stored before bylines were read is "already stored", not a second copy.
    expect(parsed.text).toBe(raw.trim());
    expect(parseTextFile('l.txt', readFileSync(join(SAMPLES, 'library-sunday-hours.txt'), 'utf8'), 'UTC').byline).toBe(
      'Priya Nair',
    );
  });

  it('takes names joined by "and", a Markdown byline and a wire agency', () => {
    expect(textByline(story('Ferry vote delayed', 'By Jane Doe and John Smith', BODY))).toBe('Jane Doe and John Smith');
    expect(
      parseTextFile('a.md', story('# Ferry vote delayed', '*By Jane Doe, staff writer*', BODY), 'UTC').byline,
    ).toBe('Jane Doe, staff writer');
    expect(textByline(story('Ferry vote delayed', 'By AP', BODY))).toBe('AP');
  });

  it('never takes a sentence that opens with "By"', () => {
    for (const opening of [
      'By the end of the year, the council will have voted on the contract.',
      'By Monday, the council had voted.',
      'By contrast, Smith said the deal was sound.',
      'By 2030, the route will carry twice as many passengers.',
      'By Election Day, the staff had left.',
    ])
      expect(textByline(story('Ferry vote delayed', opening, BODY)), opening).toBeUndefined();
  });

  it('finds none when there is no "By" line, or when it is far down the story', () => {
    expect(parseTextFile('a.txt', story('Ferry vote delayed', BODY), 'UTC').byline).toBeNull();
    expect(textByline(story('Ferry vote delayed', BODY, BODY, BODY, BODY, 'By Jane Doe'))).toBeUndefined();
    // The headline itself is never the byline.
    expect(textByline(story('By Jane Doe', BODY))).toBeUndefined();
  });

  it('reads a saved page\'s "By …" paragraph as its byline when the page has no author tag', () => {
    const page = (head: string, byline: string) =>
      `<html><head>${head}<title>Ferry vote delayed</title></head><body><article><h1>Ferry vote delayed</h1>` +
      `<p>${byline}</p><p>${BODY}</p></article></body></html>`;
    expect(htmlToText(page('', 'By Jane Doe, Transport Correspondent')).byline).toBe(
      'Jane Doe, Transport Correspondent',
    );
    // The author tag, when there is one, is the byline; a paragraph opening "By Monday, …" is story.
    expect(htmlToText(page('<meta name="author" content="Sam Lee">', 'By Jane Doe')).byline).toBe('Sam Lee');
    expect(htmlToText(page('', 'By Monday, the council had not decided.')).byline).toBeNull();
  });
});
