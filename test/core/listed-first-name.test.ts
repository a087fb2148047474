import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { listedFirstName } from '../../src/core/listed-first-name';
import { whoIsWho } from '../../src/core/who-is-who';

const listed = (text: string): string[] => whoIsWho(analyzeArticle(text)).people.map((p) => p.name);

describe('a first name from the stdlib lists, beyond the hand lists', () => {
  it('lists someone named once in full and again by surname, whose first name only the lists know', () => {
    const text = [
      'Candidates skip the convention',
      '',
      'At least two candidates are opting out, including Russ Halvorsen, who is challenging the senator.',
      '',
      'A spokesman for the Halvorsen campaign said the candidate would stay home.',
    ].join('\n');
    expect(listed(text)).toContain('Russ Halvorsen');
  });

  // Each named three times in one short story, as a reader of unseen copy would meet it.
  it.each([
    [
      'Carolina Panthers',
      'The Carolina Panthers beat the visitors, fans of the Carolina Panthers cheered and the Carolina Panthers left.',
    ],
    ['Jackson Hole', 'Crowds filled Jackson Hole, hotels in Jackson Hole were full and Jackson Hole roads closed.'],
    [
      'Lincoln Memorial',
      'Visitors to the Lincoln Memorial queued, the Lincoln Memorial stayed open and the Lincoln Memorial lit up.',
    ],
    ['Chase Manhattan', 'Chase Manhattan raised rates; Chase Manhattan shares rose and Chase Manhattan hired staff.'],
    ['Hamilton Township', 'Hamilton Township voted, Hamilton Township taxes rose and Hamilton Township paved roads.'],
    ['Wells Fargo', 'Wells Fargo lent more, Wells Fargo profits grew and Wells Fargo opened branches.'],
    ['Harley Davidson', 'Harley Davidson sold bikes, Harley Davidson dealers grew and Harley Davidson raised prices.'],
    ['Mercedes Benz', 'Mercedes Benz built cars, Mercedes Benz sales rose and Mercedes Benz hired engineers.'],
    // Named short later, as copy does with places and buildings: "the Harbour", "the Memorial".
    [
      'Sydney Harbour',
      'Ferries crossed Sydney Harbour, Sydney Harbour filled with boats and police said the Harbour was busy.',
    ],
    [
      'Lincoln Memorial',
      'The Lincoln Memorial will close, the Lincoln Memorial steps need repair and visitors said the Memorial was crowded.',
    ],
  ])('needs a second sign of a person: %s stays out', (name, body) => {
    expect(listed(['Weekend in brief', '', body].join('\n'))).not.toContain(name);
  });

  it('confirms nothing the copy shows to be something else', () => {
    const copy = 'The New York Jets won. Perry High lost, and the high school band played.';
    expect(listedFirstName(['York', 'Jets'], copy, [copy])).toBe(false);
    expect(listedFirstName(['Perry', 'High'], copy, [copy])).toBe(false);
    expect(listedFirstName(['Red', 'Hot', 'Chili', 'Peppers'], copy, [copy])).toBe(false);
    expect(listedFirstName(['Russ', 'Halvorsen'], `Senator Russ Halvorsen spoke. ${copy}`, [copy])).toBe(true);
  });
});
