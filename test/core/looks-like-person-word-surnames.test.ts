import { describe, expect, it } from 'vitest';
import { looksLikePerson } from '../../src/core/looks-like-person';

/** Real people whose surname is a common word, and the things and adjectives that must stay out. Copy written for the test. */
describe('looksLikePerson and surnames that are also words', () => {
  it('takes a known first name the copy quotes, or gives a role after, before a thing head', () => {
    const quoted =
      'Shoppers stayed home, said Marion Link, executive director of the traders association. "It was quiet," she said.';
    expect(looksLikePerson('Marion Link', quoted, false)).toBe(true);
    const apposed = 'Carol Post, a lawyer for the families, filed the claim on Friday. The court meets next week.';
    expect(looksLikePerson('Carol Post', apposed, false)).toBe(true);
  });

  it('keeps a thing head a thing when no quote or role vouches for the name', () => {
    const text = 'The Solent Link will close for repairs. Riders of the Victoria Link were told to take the bus.';
    expect(looksLikePerson('Solent Link', text, false)).toBe(false);
    expect(looksLikePerson('Victoria Link', text, false)).toBe(false);
  });

  it('reads a quoted person’s name used as an adjective after "the" as that person', () => {
    const text =
      'Susan Hadley, who leads the county party, backed the challenger. "He runs it the Susan Hadley way," a donor said. ' +
      'Hadley, who has raised money for him, said she would campaign too.';
    expect(looksLikePerson('Susan Hadley', text, false)).toBe(true);
  });

  it('still refuses a "the" run whose surname a namesake shares or that the copy never writes alone', () => {
    const namesakes =
      'In the Bill Hadley years the plant grew. Susan Hadley, who leads the county party, said the plant must stay. ' +
      'Hadley, who has raised money, said she would fight.';
    expect(looksLikePerson('Bill Hadley', namesakes, false)).toBe(false);
    const onlyThe = 'Visitors flock to the Susan Hadley gallery. Hadley, who founded it, said she was pleased.';
    expect(looksLikePerson('Susan Hadley', onlyThe, false)).toBe(false);
  });
});
