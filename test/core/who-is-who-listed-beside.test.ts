import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const read = (title: string, paragraphs: string[]) => whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title }));

/**
 * Issue 13: a name typed as a person but given no person's cue ("Rusk" is in no first-name list) went to the
 * organisations line when the copy named it twice; listed beside a person's name, it is of their kind, no body.
 */
describe('who is who: a name listed beside a person is no organisation for lack of a person cue', () => {
  it('a three-name list whose last name has an unlisted given name', () => {
    const found = read('Fuel rules attacked', [
      'Helen Whitcombe, Oliver Brandt and Rusk Paley have all attacked the fuel rules as a burden on farmers.',
      '"We will fight it in Congress," Brandt said on Monday.',
      '"It is a tax by another name," said Mike Orton, who works for Rusk Paley\'s campaign.',
    ]);
    expect(found.organizations).not.toContain('Rusk Paley');
    expect(found.people.map((p) => p.name)).toContain('Oliver Brandt');
  });

  it('controls: a body beside a person with a body’s usage, and one listed beside bodies, stay organisations', () => {
    const beside = read('Contract won', [
      'Helen Whitcombe and Brightwater Marine were named in the contract on Monday.',
      'Shares of Brightwater Marine rose 3 percent after the award.',
      '"It is a fair result," Whitcombe said.',
    ]);
    expect(beside.organizations).toContain('Brightwater Marine');
    const firms = read('Fines', [
      'Kestrel Harbour and Brightwater Marine were fined on Monday.',
      'Brightwater Marine said it would appeal, and Kestrel Harbour said it would pay.',
    ]);
    expect(firms.organizations).toContain('Brightwater Marine');
  });
});
