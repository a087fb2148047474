import { describe, expect, it } from 'vitest';
import { organizationUsage } from '../../src/core/organization-usage';

// Review B-r38-7: "Analysts at X" opening a sentence missed the employer cue, which was written in lower case only,
// so X was listed as a person. Invented copy.
describe('an employer cue opening a sentence (B-r38-7)', () => {
  it('"Analysts at X", "Economists at X" and "Working for X" at a sentence start make X a body', () => {
    const text = 'Shares fell 4%. Analysts at Kessel Brandt said margins would shrink.';
    expect(organizationUsage('Kessel Brandt', text, false)).toBe(true);
    expect(organizationUsage('Kessel Brandt', 'Economists at Kessel Brandt expect a cut.', false)).toBe(true);
    expect(organizationUsage('Orvell Lund', 'Sales rose. Working for Orvell Lund, she saw it.', false)).toBe(true);
  });

  it('controls: the same cue mid-sentence still counts, a capital mid-sentence is a name, and a person stays one', () => {
    expect(organizationUsage('Kessel Brandt', 'Margins will shrink, said analysts at Kessel Brandt.', false)).toBe(
      true,
    );
    expect(organizationUsage('Ivo Mark', 'The fund Rowe Partners at Ivo Mark grew.', false)).toBe(false);
    const person = 'Analysts at Kessel Brandt said so. Mr. Brandt said he disagreed.';
    expect(organizationUsage('Kessel Brandt', person, false)).toBe(false);
  });
});
