import { describe, expect, it } from 'vitest';
import { namedBodySubject } from '../../src/core/named-body-subject';

/** Session 38 (sp50): the reader of a body named as its sentence's subject before a quotation. */
describe('namedBodySubject', () => {
  it('reads the name and its verb, not a description or a person (units)', () => {
    expect(namedBodySubject('In 2019, Gallup found that "', 27, [])).toBe(true);
    expect(namedBodySubject('Harbour Watch, a conservation charity, emailed: "', 48, [])).toBe(true);
    // A person the index knows, a party member, a role: not a body.
    expect(namedBodySubject('Grace Okafor said "', 18, [{ start: 0, end: 12 }])).toBe(false);
    expect(namedBodySubject('In an interview, the Ohio Republican said "', 42, [])).toBe(false);
    expect(namedBodySubject('The Senator added "', 18, [])).toBe(false);
    // An outlet whose name ends in -s is a body; a plural common noun and an opener are not.
    expect(namedBodySubject('Reuters reported on Monday that "', 33, [])).toBe(true);
    expect(namedBodySubject('Audiences can expect her to bring "', 35, [])).toBe(false);
    expect(namedBodySubject('Then came another letter, in which she promised "', 49, [])).toBe(false);
    // A name inside an earlier quotation of the same sentence.
    expect(namedBodySubject('"Congress failed us," Ms. Okafor said, "', 39, [{ start: 25, end: 31 }])).toBe(false);
  });
});
