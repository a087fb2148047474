import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

const read = (body: string) => {
  const a = analyzeArticle(body, { title: 'Theatre season ends' });
  return {
    speakers: a.quotes.map((q) => q.speaker),
    people: a.entities.filter((e) => e.type === 'person').map((e) => e.name),
  };
};

/** Issue 13 (B-who34-1): a role noun's plural opening a run of names is the role of the people named, not a name. */
describe('a role plural before names', () => {
  it('"Comedians Abel & Cline said" gives Abel, not "Comedians Abel"; "Senators Harlan Voss" is Harlan Voss', () => {
    const r = read(
      [
        'Comedians Abel & Cline said the tour would be "our last".',
        'Senators Harlan Voss, Mae Dorn and Ed Pike wrote to the theatre board on Monday. "It is a loss for the city," Voss said.',
      ].join('\n\n'),
    );
    expect(r.speakers[0]).toBe('Abel');
    expect(r.people).toContain('Harlan Voss');
    expect(r.people.some((p) => /^(?:Comedians|Senators)\b/.test(p))).toBe(false);
  });

  it('controls: a singular role before a name, and a surname that is a plural, read as before', () => {
    const r = read(
      [
        'Comedian Jo Abel said the tour would be "our last".',
        '"We sold every seat," Masters said. Masters runs the box office.',
      ].join('\n\n'),
    );
    expect(r.speakers).toEqual(['Jo Abel', 'Masters']);
  });
});

/** Review s35 B-who35-2: a body's name may open with a role's plural; the plural is then no role of a person's. */
describe("a role plural opening a body's name", () => {
  it.each([
    // US style.
    'Nurses Without Frontiers said the clinic had been "deliberately neglected."',
    // British style, single quotes.
    "Teachers Without Classrooms said the cuts were 'a bleak day for pupils'.",
  ])('the whole name speaks, not its last word: %s', (body) => {
    const r = read(body);
    expect(r.speakers[0]).not.toMatch(/^(?:Frontiers|Classrooms)$/);
    // Neither its last word nor the body's whole name is a person's.
    expect(r.people.some((p) => /Frontiers|Classrooms/.test(p))).toBe(false);
  });

  it('control: a lone surname joined to another name after the plural is still a person', () => {
    expect(read("Singers Varga & Lund said the run was 'a joy'.").speakers).toEqual(['Varga']);
  });
});
