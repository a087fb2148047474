import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/** Review 60's "Infirmary"/"Clinic": a hospital's name read as a title and a person. Copy written for the test. */
describe("a place of care closes a body's name (WordNet's medical buildings and institutions)", () => {
  it('"Dunmore General Infirmary" is no person "Infirmary" with the role "Dunmore General"', () => {
    const w = whoIsWho(
      analyzeArticle(
        [
          'Patient dies after long wait',
          'A patient died at Dunmore General Infirmary on Monday after a six-hour wait, the trust said.',
          'Staff at Brackley Community Clinic said they had no beds. Brackley Community Clinic later apologised.',
          '"The wait was too long," said Ruth Abara, the patient\'s sister. Abara said she would complain.',
        ].join('\n\n'),
      ),
    );
    expect(w.people).toEqual([{ name: 'Ruth Abara', role: "patient's sister" }]);
  });
});
