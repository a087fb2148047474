import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/clean-article';
import { splitSentences } from '../../src/core/split-sentences';

function split(text: string): string[] {
  return splitSentences(cleanArticle(text, { title: 'T' })).map((s) => s.text);
}

/** Greedy hard wrap: each line takes words while the next still fits in `width` columns. */
function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, line].join('\n');
}

describe('lineSegments (audit 51, B-a51-6)', () => {
  it('ends a segment at a heading line with no stop that the next line could have joined', () => {
    const text = [
      'Orlen Tide said on Tuesday it had begun selling a sensor that warns harbour crews of silt.',
      '',
      'About Orlen Tide',
      'Orlen Tide Ltd makes monitoring equipment for ports and is based in Tarrow.',
      '',
      'Safety Notice',
      'Crews should not fit the sensor themselves.',
    ].join('\n');
    expect(split(text)).toEqual([
      'Orlen Tide said on Tuesday it had begun selling a sensor that warns harbour crews of silt.',
      'About Orlen Tide',
      'Orlen Tide Ltd makes monitoring equipment for ports and is based in Tarrow.',
      'Safety Notice',
      'Crews should not fit the sensor themselves.',
    ]);
  });

  it('keeps a label that ends on a colon with the line it introduces (control)', () => {
    const text = 'The sensor ships in March.\n\nPress Contact:\nIlse Varga\nilse@orlentide.example';
    expect(split(text)).toEqual(['The sensor ships in March.', 'Press Contact:\nIlse Varga\nilse@orlentide.example']);
  });

  it('keeps a line that leaves a quotation open with the line that closes it (control)', () => {
    const text =
      'The sensor ships in March.\n\n\u201cWe tested it at Tarrow Port\nBefore the storms,\u201d Ilse Varga said.';
    expect(split(text)).toEqual([
      'The sensor ships in March.',
      '\u201cWe tested it at Tarrow Port\nBefore the storms,\u201d Ilse Varga said.',
    ]);
  });

  it('keeps greedy-wrapped prose whole at any width, capitals at a line start or not (control)', () => {
    const sentences = [
      'The harbour board met on Tuesday to weigh the Orlen Tide sensor against the older Marsh Gauge that Tarrow Port still uses at its north quay.',
      'Board members from Tarrow, Elsby and Kell Island said the Harbour Trust would decide by the end of the month.',
    ];
    for (const width of [38, 52, 64, 72]) {
      expect(split(`Intro line.\n\n${wrap(sentences.join(' '), width)}`).map((s) => s.replace(/\n/g, ' '))).toEqual([
        'Intro line.',
        ...sentences,
      ]);
    }
  });
});
