import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { organizationUsage } from '../../src/core/organization-usage';
import { whoIsWho } from '../../src/core/who-is-who';

describe('organizationUsage: a name the copy uses as an organisation and never as a person', () => {
  it('takes "told X", "according to X", "X reported" and "X’s website" as an outlet', () => {
    expect(organizationUsage('Politico', 'The senator told Politico on Monday that he would run.', false)).toBe(true);
    expect(organizationUsage('BuzzFeed', 'According to BuzzFeed, the deal fell through.', false)).toBe(true);
    expect(organizationUsage('Breitbart', 'Breitbart reported the story first.', false)).toBe(true);
    expect(organizationUsage('Crowdpac', "Crowdpac's website lists the donors.", false)).toBe(true);
  });

  it('lets a first name outweigh the weak cues but not an employer’s', () => {
    expect(organizationUsage('Chris Christie', 'The governor told Chris Christie to wait.', true)).toBe(false);
    const bank = 'Ann Lee, an analyst at Morgan Stanley, disagreed. Morgan Stanley shares fell.';
    expect(organizationUsage('Morgan Stanley', bank, true)).toBe(true);
  });

  it('keeps a name the copy also uses as a person', () => {
    expect(organizationUsage('Spicer', 'He told Spicer so. Mr. Spicer said he disagreed.', false)).toBe(false);
    expect(organizationUsage('Hedrick Smith', 'As Hedrick Smith reported in his book, it was so.', false)).toBe(false);
    expect(organizationUsage('Jo Bloggs', 'He told Jo Bloggs, who laughed.', false)).toBe(false);
    expect(organizationUsage('Ayman Mohyeldin', 'MSNBC’s Ayman Mohyeldin reported it.', false)).toBe(false);
    // The employer is the campaign, not the candidate.
    expect(organizationUsage('Rand Paul', 'An aide working for Rand Paul’s campaign spoke.', false)).toBe(false);
    // People are named again by surname alone; an organisation is not.
    expect(organizationUsage('Ann Lee', 'According to Ann Lee, it rained. Lee disagreed.', true)).toBe(false);
  });

  it('needs a cue: a name with none is left to the other checks', () => {
    expect(organizationUsage('Politico', 'Politico is a website.', false)).toBe(false);
  });
});

describe('whoIsWho lists no outlet, bank or resort as a person', () => {
  const COPY = [
    'Trump courts bankers at his resort',
    '',
    'Donald Trump spoke on Tuesday at the resort, now called Trump National Doral, where he met donors.',
    '',
    '“We will win,” Mr. Trump told Politico in an interview. Politico reported that he was upbeat.',
    '',
    '“He is serious,” said Ann Lee, an analyst at Morgan Stanley. Morgan Stanley executives attended.',
    '',
    'Ms. Lee added that Trump National Doral had been full. “It was packed,” Lee said.',
    '',
    'According to BuzzFeed, Mr. Trump left early. “It went well,” BuzzFeed said, quoting an aide.',
  ].join('\n');
  const names = whoIsWho(analyzeArticle(COPY)).people.map((p) => p.name);

  it('keeps the people', () => {
    expect(names).toContain('Donald Trump');
    expect(names).toContain('Ann Lee');
  });

  it('drops the outlets, the bank and the place named after a person', () => {
    for (const thing of ['Politico', 'BuzzFeed', 'Morgan Stanley', 'Trump National Doral'])
      expect(names).not.toContain(thing);
  });

  it('keeps a quoted person whose first name is someone else’s surname ("Osman Abu Laban" beside "Richard Osman")', () => {
    const copy = [
      'Families mourn',
      '',
      'Richard Osman, 40, was on the flight, his brother said.',
      '',
      '“They were kind people,” wrote Osman Abu Laban, a film director, on Facebook.',
      '',
      '“We will miss them,” Osman Abu Laban wrote.',
    ].join('\n');
    expect(whoIsWho(analyzeArticle(copy)).people.map((p) => p.name)).toContain('Osman Abu Laban');
  });

  it('keeps a name written surname first that the copy titles by its surname ("Mr. Lou")', () => {
    const copy = [
      'China rebuts criticism',
      '',
      'The finance minister, Lou Jiwei, suggested that foreign officials should listen more closely.',
      '',
      '“We are pleased,” Mr. Lou said on Monday.',
      '',
      'Mr. Lou added that the talks had gone well.',
    ].join('\n');
    expect(whoIsWho(analyzeArticle(copy)).people.map((p) => p.name)).toContain('Lou Jiwei');
  });
});

describe('organizationUsage: the body a named head runs (audit 48 B-a48-9)', () => {
  it('reads "X chief executive Name", "X manager Name" and "X’s chief executive" as an organisation', () => {
    const air = 'Cobbold Air chief executive officer Marta Quill said the planes were safe.';
    expect(organizationUsage('Cobbold Air', air, false)).toBe(true);
    expect(organizationUsage('Dunmere', 'Dunmere manager Rob Teale said the draw was fair.', false)).toBe(true);
    expect(organizationUsage('Kessel Brandt', "Kessel Brandt's chief executive resigned.", false)).toBe(true);
  });

  it('leaves a person’s manager, and a head named without a body, to the other checks', () => {
    const singer = "Tess Marlowe's manager said the tour would go on. Marlowe said she was tired.";
    expect(organizationUsage('Tess Marlowe', singer, true)).toBe(false);
    expect(organizationUsage('Rob Teale', 'The manager Rob Teale said the draw was fair.', true)).toBe(false);
  });
});
