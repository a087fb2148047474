import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Audit 58, B-a58-9: a title of three words or more before a given name and a double surname ("County Supervisor Ana
// Ruiz Castillo"), or a dotted place before the title ("L.A. County Supervisor Ana Ruiz"), read as five name words, a
// title naming no one; only the surname was found, with no role. Invented names of the shape.

const person = (body: string) => analyzeArticle(body, { title: 'Rent cap' }).entities.find((e) => e.type === 'person');

describe('a person noun ending a long title before a given name', () => {
  it.each([
    [
      'a double surname after the title',
      'The ordinance, championed by County Supervisor Ana Ruiz Castillo, would cap rent rises. "Families cannot keep paying more," Ruiz Castillo said.',
      { name: 'Ana Ruiz Castillo', role: 'County Supervisor' },
    ],
    [
      'a dotted place before the title',
      'The ordinance, championed by L.A. County Supervisor Ana Ruiz, would cap rent rises. "Families cannot keep paying more," Ruiz said.',
      { name: 'Ana Ruiz', role: 'L.A. County Supervisor' },
    ],
  ])('names the person whole with the title as role: %s', (_shape, body, expected) => {
    expect(person(body)).toMatchObject({ type: 'person', ...expected });
  });
});
