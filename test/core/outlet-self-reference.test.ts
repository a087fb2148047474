import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { outletSelfReference } from '../../src/core/outlet-self-reference';
import { whoIsWho } from '../../src/core/who-is-who';

// An invented story in the house style of a regional daily that names itself as the one told (audit 63, B-a63-14).
const STORY = [
  'Fishers protest market relocation',
  '',
  'Dozens of fishers gathered outside the Harbour Ward office on Monday to protest the relocation of the fish market.',
  '',
  'Ato Kebede Alemu, head of the Harbour Ward Trade Bureau, told Lake Tana Herald that the new site had cold storage.',
  '',
  'A trader who asked not to be named told Lake Tana Herald that rents at the new site were twice as high.',
  '',
  'Contacted by Lake Tana Herald, the Harbour Ward Trade Bureau declined to say when the move would begin.',
].join('\n');

describe('the outlet named only as the one told', () => {
  it('is not one of the story’s organisations', () => {
    const who = whoIsWho(analyzeArticle(STORY));
    expect(who.organizations).not.toContain('Lake Tana Herald');
  });

  it('reads "told X", "Contacted by X" and "X’s request for comment" as the teller', () => {
    expect(
      outletSelfReference('Baybreeze', 'He told Baybreeze on Monday. She ignored Baybreeze’s request for comment.'),
    ).toBe(true);
  });

  it('keeps a body the copy also names as an actor', () => {
    expect(outletSelfReference('Baybreeze', 'He told Baybreeze on Monday. Baybreeze sued the port in May.')).toBe(
      false,
    );
  });
});
