import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

const who = (title: string, paragraphs: string[]) => {
  const w = whoIsWho(analyzeArticle(paragraphs.join('\n\n'), { title }));
  return { people: w.people.map((p) => p.name), organizations: w.organizations };
};

/**
 * Issue 13 (sample 32: Puerto Rico listed as a person): a name shaped like a person's that WordNet files only as a
 * place ("Little Rock"), or a run of everyday words ("Silver Ledger"), needs a person's evidence of its own.
 */
describe('who is who: firms and places with a person-shaped name', () => {
  // A control: the copy's firm usage already keeps these off the people list on main (organizationUsage).
  it('control, US style: a firm the copy uses as one ("analysts at", "said it") is no person, first name or not', () => {
    const w = who('Bank fined over bond sales', [
      'Harwick Tully agreed to pay $40 million to settle the charges, regulators said on Tuesday.',
      'Harwick Tully said in a statement that it had cooperated fully, and its shares rose 2 percent.',
      '"We are pleased to put this behind us," Harwick Tully said.',
      'The fine was smaller than expected, said analysts at Morgan Stanley.',
      'Morgan Stanley said it expected further penalties across the industry.',
      '"The sector is exposed," Morgan Stanley said.',
      'Sen. Dolores Ybarra, a Democrat from New Mexico, said the settlement was too lenient.',
      '"This is a slap on the wrist," Ybarra said.',
    ]);
    expect(w.people).not.toContain('Harwick Tully');
    expect(w.people).not.toContain('Morgan Stanley');
    expect(w.organizations).toEqual(expect.arrayContaining(['Harwick Tully', 'Morgan Stanley']));
    expect(w.people).toContain('Dolores Ybarra');
  });

  it('British style: a city WordNet knows, and an outlet of everyday words, are no people', () => {
    const w = who('Former aide breaks her silence', [
      'Marjorie Tallis met the minister at a fundraiser in Little Rock in 1991.',
      "'He asked when I was coming back to Little Rock,' she said.",
      'She later moved to Addis Ababa. Friends in Addis Ababa said she rarely spoke of it.',
      "'I kept quiet for years,' she said.",
      'Silver Ledger reported the claims first. Silver Ledger said it had spoken to three witnesses.',
      "'We stand by our reporting,' Silver Ledger said. He declined to say more.",
    ]);
    expect(w.people).not.toContain('Little Rock');
    expect(w.people).not.toContain('Addis Ababa');
    expect(w.people).not.toContain('Silver Ledger');
    expect(w.people).toContain('Marjorie Tallis');
  });

  it("control: a person named like a firm, with a person's cue, stays a person", () => {
    const w = who('Founder sells stake', [
      "Vikram Lockhart sold half his stake on Friday, and Lockhart Holdings' shares fell.",
      "Vikram Lockhart's shares in the company are now worth $2 billion, analysts at Morgan Stanley said.",
      '"I am not leaving," Vikram Lockhart said, adding that he would stay on as chairman.',
      '"It is time," Mr Lockhart said.',
    ]);
    expect(w.people).toContain('Vikram Lockhart');
  });

  it('control: a firm-like name the copy shows as a man ("he", "Mr") stays a person', () => {
    const w = who('Teacher to stand for council', [
      'Morgan Rees said he would stand for the council in May.',
      '"I am ready," Morgan Rees said.',
      'Mr Rees, a former teacher, said he had lived in the town for 30 years.',
    ]);
    expect(w.people).toContain('Morgan Rees');
  });
});
