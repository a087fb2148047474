import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const read = (body: string) => {
  const analysis = analyzeArticle(body, { title: 'Flood claims reach a record' });
  return { entities: analysis.entities.map((e) => `${e.name}|${e.type}`), who: whoIsWho(analysis) };
};

/** Sample 29: "The Association of British Insurers" was cut to "British Insurers" ("British" opens no name). */
describe("a body's name goes on after its head word and 'of' or 'for'", () => {
  it('reads "The Association of British Insurers" and "the Institute for Coastal Studies" whole', () => {
    const { entities, who } = read(
      [
        'The Association of British Insurers said claims had risen for a third year running.',
        'The Association of British Insurers will publish its figures on Monday.',
        'A report by the Institute for Coastal Studies said the defences were failing.',
      ].join('\n\n'),
    );
    expect(entities).toContain('Association of British Insurers|organization');
    expect(entities).not.toContain('Coastal Studies|person');
    expect(who.organizations).toContain('Association of British Insurers');
    expect(who.organizations).not.toContain('British Insurers');
  });

  it('controls: a person after "of" a body read as before, and a role\'s "of" keeps its person', () => {
    const { who } = read(
      [
        'The chief executive of the Association, Hannah Gurga, said premiums would rise.',
        'Gurga said the board had not met. “We are watching closely,” Secretary of State John Kerry said.',
      ].join('\n\n'),
    );
    const names = who.people.map((p) => p.name);
    expect(names).toContain('Hannah Gurga');
    expect(names).toContain('John Kerry');
  });
});
