import { describe, expect, it } from 'vitest';
import { headlined as analysis, speakerOf } from '../support/headline-speaker';

// Audit 51's speaker leftovers (B-a51-8, B-a51-10), on invented copy: each case beside a near control.

describe('a name apposed to a noun with any place sense', () => {
  it('keeps the statement of "… in the capital, Vessa, reckon" ("capital" is money first in WordNet)', () => {
    const speakers = (body: string) => analysis(body).statements.map((s) => s.speaker);
    expect(
      speakers(
        'Brokers at Halden Mercantile, a trading house in the capital, Vessa, reckon that copper will rise by June.',
      ),
    ).toEqual(['Brokers at Halden Mercantile, a trading house in the capital, Vessa']);
    // Control: the town named alone was read before.
    expect(
      speakers('Brokers at Halden Mercantile, a trading house in Vessa, reckon that copper will rise by June.'),
    ).toEqual(['Brokers at Halden Mercantile, a trading house in Vessa']);
  });
});

describe('a participle after a "that" clause within the object', () => {
  const lead = 'The abbess of Karsby, Ilse Marrow, opened the fair.';
  it('gives ", noting that "…"" to the clause subject when the "that" follows an infinitive', () => {
    expect(
      speakerOf(
        `${lead} The abbess urged the county to make sure that the builder keeps the old wall, noting that "stones remember what people forget."`,
        'stones',
      ),
    ).toBe('the abbess');
    // Control: with no "that" clause before the participle.
    expect(
      speakerOf(
        `${lead} The abbess urged the county to keep the old wall, noting that "stones remember what people forget."`,
        'stones',
      ),
    ).toBe('the abbess');
  });

  it('still vouches for no one after the verb\'s own reported "that" clause', () => {
    expect(
      speakerOf(
        `${lead} The abbess reported that the builder keeps the old wall, noting that "stones remember what people forget."`,
        'stones',
      ),
    ).toBeNull();
  });
});

describe('a coordinated speech verb after a closed aside', () => {
  const lead = 'I meet Oskar Brandvold on the jetty. The tide is out.';
  it('reads the subject before the aside ("He watches … — long enough that … — and then says,")', () => {
    expect(
      speakerOf(
        `${lead} He watches the gulls for a minute — long enough that the coffee goes cold — and then says, "The sea was kinder once."`,
        'The sea',
      ),
    ).toBe('Oskar Brandvold');
    expect(
      speakerOf(`${lead} Brandvold watches the gulls (and the boats) and says, "The sea was kinder once."`, 'The sea'),
    ).toBe('Oskar Brandvold');
    // Control: without the aside.
    expect(
      speakerOf(`${lead} He watches the gulls for a minute and then says, "The sea was kinder once."`, 'The sea'),
    ).toBe('Oskar Brandvold');
  });
});

describe('a pronoun subject of a verb of communication', () => {
  const lead =
    'Mayor Ilse Varga spoke at the opening on Monday. Her rival on the council, Peter Dorn, had fought the bridge for years and called it "a road to nowhere." Dorn did not attend. The cost was plainly on her mind as';
  const next = 'Varga described the bridge as "a promise kept to the east bank."';
  it('credits "as she called on residents not to "…"" to the one the pronoun resolves to', () => {
    expect(speakerOf(`${lead} she called on residents not to "count every coin twice." ${next}`, 'count')).toBe(
      'Ilse Varga',
    );
    // Control: the name in the pronoun's place was read before.
    expect(speakerOf(`${lead} Varga called on residents not to "count every coin twice." ${next}`, 'count')).toBe(
      'Ilse Varga',
    );
  });
});

describe('the gender a resolved "he" gives a man no table knows', () => {
  // The woman is named more than eight sentences back, beyond the pronoun's window; the man's first name is in no
  // gender table and nothing but his own "he says" marks him.
  const lead =
    'On the quay at Ormsund, a baker named Ingrid Solvang has kept the same oven for forty years. The village has eleven houses. The ferry calls twice a week. The school shut long ago. The post comes by boat. Winter lasts until May. Summer brings walkers. Her lodger, a carpenter named Halvard Brekke, brings her flour and, in winter, firewood for the stove. "She never sits down," he says. "Not once."';
  it('never gives a later "she" to the man the "he" was resolved to (audit 51, article 5)', () => {
    expect(
      speakerOf(
        `${lead} I ask her whether she will ever retire. She considers the question for a long time and then says, "Ovens do not retire."`,
        'Ovens',
      ),
    ).toBeNull();
    // Control: a later "he" is still his.
    expect(
      speakerOf(
        `${lead} I ask him whether he will ever retire. He considers the question for a long time and then says, "Ovens do not retire."`,
        'Ovens',
      ),
    ).toBe('Halvard Brekke');
  });
});
