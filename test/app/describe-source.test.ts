import { describe, expect, it } from 'vitest';
import { describeSource } from '../../src/app/build-brief-reply';

// ux32: a brief's subtitle shows a stored file by its name; a path typed relative to `ingest` ("../shared/samples/…")
// was shown whole, meaningless from any other folder, while the same file stored by its absolute path showed its name.
describe('describeSource', () => {
  it('shows a file stored by a relative path by its name, as it shows an absolute one', () => {
    expect(describeSource('../newsroom/copy/ferry-vote.txt', null, '2026-12-04T10:00:00Z')).toBe(
      'ferry-vote.txt · added 2026-12-04',
    );
    expect(describeSource('copy/ferry-vote.md', null)).toBe('ferry-vote.md');
  });

  it('controls (same on main): an absolute path, a link, a paste, a byline and dates', () => {
    expect(describeSource('/srv/newsroom/copy/ferry-vote.txt', null)).toBe('ferry-vote.txt');
    expect(describeSource('https://news.example/2026/ferry-vote', '2026-12-01T08:00:00Z', undefined, 'Ann Lee')).toBe(
      'by Ann Lee · https://news.example/2026/ferry-vote · published 2026-12-01',
    );
    expect(describeSource('pasted by slack:U123', null)).toBe('pasted in Slack');
  });
});
