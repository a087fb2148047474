import { describe, expect, it } from 'vitest';
import { barePossessorRole } from '../../src/core/bare-possessor-role';
import { campusRole } from '../../src/core/campus-role';

// Audit 57 (session 56, fix56c): B-a57-17's role shapes, on invented copy.

describe('a role opening on a possessive a pronoun held shows the office alone', () => {
  const text = 'Their union’s general secretary, Ann Voss, spoke first. The club’s head coach, Rui Sa, did not.';
  it('"Their union’s general secretary" shows the office', () => {
    expect(barePossessorRole('union’s general secretary', text)).toBe('general secretary');
  });

  it('a possessor the copy determines, or names, stays', () => {
    expect(barePossessorRole('club’s head coach', text)).toBe('club’s head coach');
    expect(barePossessorRole("Harbour Trust's chief executive", text)).toBe("Harbour Trust's chief executive");
    expect(barePossessorRole(null, text)).toBeNull();
  });
});

describe('a campus after its system is part of the name', () => {
  const text = 'said Lena Ortiz, a hydrologist at the University of Texas, El Paso. Others disagreed.';
  it('the role runs on over the campus', () => {
    expect(campusRole('hydrologist at the University of Texas', text)).toBe(
      'hydrologist at the University of Texas, El Paso',
    );
  });

  it('a list after the comma is not a campus', () => {
    const list = 'Ortiz, a hydrologist at the University of Texas, Rice and Baylor, said the data were thin.';
    expect(campusRole('hydrologist at the University of Texas', list)).toBe('hydrologist at the University of Texas');
  });

  it('a role not ending on an institution of a place is left as it was', () => {
    expect(campusRole('hydrologist at Texas Water', 'a hydrologist at Texas Water, El Paso.')).toBe(
      'hydrologist at Texas Water',
    );
  });
});
