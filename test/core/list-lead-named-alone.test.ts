import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const analyse = (title: string, paragraphs: string[]) => analyzeArticle(paragraphs.join('\n\n'), { title });
const names = (title: string, paragraphs: string[]) => whoIsWho(analyse(title, paragraphs)).people.map((p) => p.name);

/**
 * Issue 13, review s36 B-main-89 and B-who38-1: the first of two full names joined by "and" is a person when the copy
 * names it again by surname alone, as news style names a person on second mention.
 */
describe('who is who: the first name of a two-person list the copy names again by surname', () => {
  it('British style: a list opening the sentence, the first named again by surname with an age', () => {
    const listed = names('Rescuers praised', [
      'Owen Pascoe and Lara Whitby were praised for their bravery on Monday.',
      "Pascoe, 42, said he had 'only done what anyone would'.",
    ]);
    expect(listed).toContain('Owen Pascoe');
  });

  it('US wire style: an abbreviated plural title ("Gens.") before the list, the first quoted by surname', () => {
    const listed = whoIsWho(
      analyse('Drills called a success', [
        'Gens. Frank Delmar and Ed Rourke briefed reporters on Tuesday.',
        'Delmar said the drills had been "a clear success."',
      ]),
    ).people;
    expect(listed.map((p) => p.name)).toContain('Frank Delmar');
    expect(listed.map((p) => p.name)).toContain('Ed Rourke');
  });

  it('controls: a list never named again keeps its quoted speaker; two firms joined by "and" are no people', () => {
    expect(
      names('Fans queue overnight', [
        'Fans Tom Hale and Ann Ray queued overnight.',
        'Hale said it was "worth every minute."',
      ]),
    ).toEqual(expect.arrayContaining(['Tom Hale', 'Ann Ray']));
    const firms = names('Banks fined', [
      'Goldman Sachs and Morgan Stanley were fined $50 million each on Monday.',
      'Morgan Stanley said it would appeal.',
    ]);
    expect(firms).not.toContain('Goldman Sachs');
    expect(firms).not.toContain('Stanley');
  });
});

describe('the list-lead check on a pasted run of one list repeated (bench: coordinated names)', () => {
  it('reads each occurrence of the surname once for the copy, not once per pair', async () => {
    const { vi } = await import('vitest');
    const { leadNamedAlone } = await import('../../src/core/lead-named-alone');
    const pairs = 400;
    const text = `Roll of honour\n\n${'John Smith, Mary Jones and Tom Reid, '.repeat(pairs)}`;
    const startsWith = vi.spyOn(String.prototype, 'startsWith');
    try {
      // The people index asks once per pair, with the same copy.
      const namedAlone = leadNamedAlone(text);
      for (let i = 0; i < pairs; i++) expect(namedAlone('Mary Jones')).toBe(false);
      expect(startsWith.mock.calls.length).toBeLessThan(3 * pairs);
    } finally {
      startsWith.mockRestore();
    }
    // Control: a lone "Jones" later in the copy is the surname alone.
    expect(leadNamedAlone(`${text} Jones said she was proud.`)('Mary Jones')).toBe(true);
  });
});
