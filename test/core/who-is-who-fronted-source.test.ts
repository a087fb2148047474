import { describe, expect, it } from 'vitest';
import { whoIsWhoSourceKind } from '../../src/core/who-is-who-source';

/**
 * Issue 13: a source named once after a fronted phrase ("On Tuesday, Name, role, said") is the subject of the speech
 * verb; the preposition that opens the phrase has its own object ("Tuesday"), so the name is no list's item after it.
 * Copy written for the test.
 */
/** A source by what the copy says around the name, not by the role after it (which only introduces). */
const spoke = (name: string, role: string, text: string): boolean => whoIsWhoSourceKind([name], role, text).source;

describe('who is who, a source after a fronted phrase', () => {
  it('reads the name after "On Tuesday," as the speech verb’s subject', () => {
    const text =
      'The levy has risen twice. And on Tuesday, Ardal Quenby, chairman of the Kestle Harbour Board, said that ' +
      'boat owners might pay more next year.';
    expect(spoke('Ardal Quenby', 'chairman of the Kestle Harbour Board', text)).toBe(true);
  });

  it('reads the name after a place and a day ("At a hearing in Dunmore on Monday,") too', () => {
    const text = 'At a hearing in Dunmore on Monday, Ardal Quenby warned that the levy would rise.';
    expect(spoke('Ardal Quenby', 'chairman', text)).toBe(true);
  });

  it('control: a fronted phrase with no preposition before the comma reads the same on both', () => {
    expect(
      spoke('Ardal Quenby', 'chairman', 'In a letter to members, Ardal Quenby warned that the levy would rise.'),
    ).toBe(true);
  });

  it('control: a list’s items after a preposition stay its objects', () => {
    const text =
      'Dockers who campaigned for Sen. Ana Ruiz, Rep. Tom Field and Rep. Lena Voss said the levy was unfair.';
    expect(spoke('Ana Ruiz', 'Senator', text)).toBe(false);
    expect(spoke('Tom Field', 'Representative', text)).toBe(false);
    expect(spoke('Lena Voss', 'Representative', text)).toBe(false);
    expect(spoke('Ike Drury', 'Senator', 'Aides to Sen. Ike Drury said the levy was unfair.')).toBe(false);
  });
});
