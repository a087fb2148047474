import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

/**
 * Session 54, issue 13 (who58's leftover "Research KC Tan", "Law KS Rajan"): initials written without stops between a
 * role's portfolio and a surname are the person's, not an acronym closing the portfolio. Copy written for the tests.
 */
const listed = (...paragraphs: string[]) =>
  whoIsWho(analyzeArticle(['Harbour study', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'))).people.map(
    (p) => `${p.name} — ${p.role ?? '-'}`,
  );

describe('who is who, undotted initials after a role of a portfolio', () => {
  it('reads "Head of Coastal Studies PW Lim" as PW Lim, head of coastal studies', () => {
    expect(
      listed(
        '"The reef is recovering faster than we hoped," said Head of Coastal Studies PW Lim, who led the survey.',
        'Lim said the next count would be in March.',
      ),
    ).toEqual(['PW Lim — Head of Coastal Studies']);
  });

  it('reads "Professor of Law JD Menon" as JD Menon, the role without the initials', () => {
    expect(
      listed(
        '"The appeal has little chance," said Professor of Law JD Menon of the city university.',
        'Menon said the judges would rule within weeks.',
      ),
    ).toEqual(['JD Menon — Professor of Law']);
  });

  it('control: an acronym closing a constituency before a full name stays the role\'s ("Harbour Point GRC")', () => {
    expect(
      listed(
        'Member of Parliament for Harbour Point GRC Ahmad Faisal said the ferry would run again by June.',
        'Mr Faisal said the pier would be mended first.',
      ),
    ).toEqual(['Ahmad Faisal — Member of Parliament for Harbour Point GRC']);
  });
});
