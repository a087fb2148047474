import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { whoIsWho } from '../../src/core/who-is-who';

// Audit 52's speaker findings (B-a52-1/-2/-3), on invented copy written for the tests (near variants, not the audit's).
const analysis = (body: string) => analyzeArticle(`Headline\n\n${body}`);

/** The speaker of the quote opening with `start`; undefined (no quote) fails every assertion below. */
const speakerOf = (body: string, start: string): string | null | undefined =>
  analysis(body).quotes.find((q) => q.text.startsWith(start))?.speaker;

describe('a US police rank written with a stop before a name (B-a52-3)', () => {
  const lead = 'Ofc. Dana Whitlock said the van was left behind the depot.';
  it('keeps "Dep." and "Tpr." with their names, so the quote stays with the officer who said it', () => {
    expect(speakerOf(`${lead} "It was still running," Dep. Rosa Kellerman said.`, 'It was')).toBe('Rosa Kellerman');
    expect(speakerOf(`${lead} "It was still running," Tpr. Rosa Kellerman said.`, 'It was')).toBe('Rosa Kellerman');
  });

  it('control: "Sgt.", listed before, gives the same speaker', () => {
    expect(speakerOf(`${lead} "It was still running," Sgt. Rosa Kellerman said.`, 'It was')).toBe('Rosa Kellerman');
  });
});

describe('the one "told" in a tag after a quotation is the listener (B-a52-2)', () => {
  const lead =
    'Villagers say the wells are dry.\n\nNadia Fouad, a lecturer in hydrology at Kessa University, said the dispute was "about pride more than water".';
  const quote = '"Nobody will ration water before the vote,"';
  it('gives "she told <outlet>" to the pronoun\'s antecedent, not to no one', () => {
    expect(speakerOf(`${lead}\n\n${quote} she told Al Arabiya.`, 'Nobody')).toBe('Nadia Fouad');
    expect(speakerOf(`${lead}\n\n${quote} she told Ellen Marsh.`, 'Nobody')).toBe('Nadia Fouad');
  });

  const tag = 'a hydrologist at the Cairo-based Centre for Water Studies, told Al Arabiya.';
  it('never credits the outlet told after a long apposition; unattributed when the name is not read', () => {
    const speaker = speakerOf(`Farmers say the canals are dry. ${quote} Karim el-Sayed, ${tag}`, 'Nobody');
    expect([null, 'Karim el-Sayed']).toContain(speaker);
  });

  it('control: a name the finder reads keeps the quote', () => {
    expect(speakerOf(`Farmers say the canals are dry. ${quote} Karim Sayed, ${tag}`, 'Nobody')).toBe('Karim Sayed');
  });

  it('control: "she told reporters" was read before', () => {
    expect(speakerOf(`${lead}\n\n${quote} she told reporters.`, 'Nobody')).toBe('Nadia Fouad');
  });
});

describe('a market and food centre is one body, and no "she" (B-a52-1)', () => {
  const lead =
    'Kueh sellers feel the pinch.\n\nSeveral stallholders at Bukit Merah View Market and Food Centre say sales have fallen since the new mall opened.';
  const quote = '\n\n"Young people do not eat kueh any more," she said.';
  const statements = (body: string) => analysis(body).statements.map((s) => s.speaker);

  it('keeps the subject\'s head ("Several stallholders at … Food Centre say"), not the body after "and"', () => {
    expect(statements(lead)[0]).toBe('several stallholders at Bukit Merah View Market and Food Centre');
  });

  it('gives "she said" to no body: unattributed after an unnamed woman', () => {
    expect(
      speakerOf(`${lead}\n\nThe woman who runs the kueh lapis stall said business was slow.${quote}`, 'Young'),
    ).toBeNull();
  });

  it('reads "Madam"/"Mdm" as an honorific and "binte" as a name particle', () => {
    const said = ', 58, who sells kueh lapis, said business was slow.';
    expect(speakerOf(`${lead}\n\nMadam Faridah binte Osman Rahim${said}${quote}`, 'Young')).toBe(
      'Faridah binte Osman Rahim',
    );
    expect(speakerOf(`${lead}\n\nMdm Faridah Osman${said}${quote}`, 'Young')).toBe('Faridah Osman');
  });

  it('control: the same copy without an honorific was read before', () => {
    const said = ', 58, who sells kueh lapis, said business was slow.';
    expect(speakerOf(`${lead}\n\nFaridah Osman${said}${quote}`, 'Young')).toBe('Faridah Osman');
  });

  it('control: "at the Bukit Merah market" keeps its subject as before', () => {
    expect(statements('Several stallholders at the Bukit Merah market say sales have fallen.')[0]).toBe(
      'several stallholders at the Bukit Merah market',
    );
  });
});

describe('a person joined by "and" to a body is no part of it (review 52, B-r52-5)', () => {
  const lead = 'Butchers at Surulere say the new levy is unfair.\n\n';
  it('keeps the person a given-name list misses as the speaker, not the whole run', () => {
    const body = `${lead}"The fees will ruin us," said Bukola Adeyemi and Surulere Market Traders Association officials.`;
    expect(speakerOf(body, 'The fees')).toBe('Bukola Adeyemi');
  });

  it('control: a body\'s word before "and" still makes one body ("Market and Cold Store Association")', () => {
    const body = `${lead}"The fees will ruin us," said Oshodi Market and Cold Store Association officials.`;
    expect(speakerOf(body, 'The fees')).toBe('Oshodi Market and Cold Store Association officials');
  });

  it('keeps a family name that is also a word of English ("Baker") with its given name (review 53, B-r53-2)', () => {
    const tail = ' said the new rents would close half the stalls.\n\n"We cannot pay this," Mr Baker said.';
    expect(speakerOf(`Chidi Baker and Lagos Traders Association officials${tail}`, 'We cannot')).toBe('Chidi Baker');
  });

  it('control: a family name that is no word of English ("Okafor") was kept before', () => {
    const tail = ' said the new rents would close half the stalls.\n\n"We cannot pay this," Mr Okafor said.';
    const control = `Chidi Okafor and Lagos Traders Association officials${tail}`;
    expect(speakerOf(control, 'We cannot')).toBe('Chidi Okafor');
  });
});

describe("two words of no English before a listed given name are the name's own (audit 52, 5-straits)", () => {
  const quote = '\n\n"My regulars are retirees. I cannot charge them more," she said.';
  it('credits the whole name, not the last two words from the listed "Abdul" on', () => {
    const body = `Madam Nurul Aisyah Abdul Karim, 61, who sells mee rebus by the entrance, said she had cut her hours.${quote}`;
    expect(speakerOf(body, 'My regulars')).toBe('Nurul Aisyah Abdul Karim');
    expect(whoIsWho(analysis(body)).people.map((p) => p.name)).toEqual(['Nurul Aisyah Abdul Karim']);
  });

  it('controls: words of English before a listed given name are still a lead-in ("Billionaire", "Said")', () => {
    const body = `Billionaire Kevin Marsh, who owns the market, said rents would rise.${quote.replace('she', 'he')}`;
    expect(speakerOf(body, 'My regulars')).toBe('Kevin Marsh');
    const said = 'Said Dorothy Quell, who has rented a stall there since 1990, “Nobody asked us about the rents.”';
    expect(speakerOf(said, 'Nobody asked')).toBe('Dorothy Quell');
  });
});

describe('a rank abbreviated without stops is no name word (review 53, B-r53-6)', () => {
  const quote = '\n\n"We will miss the old hangar," Sqn Ldr Megan Rhys said.';
  it('keeps "Sqn Ldr" and "Wg Cdr" out of the names', () => {
    const body = `Sqn Ldr Megan Rhys said the hangar would close in May. Wg Cdr James Lloyd said the crews would move.${quote}`;
    expect(speakerOf(body, 'We will miss')).toBe('Megan Rhys');
    expect(whoIsWho(analysis(body)).people.map((p) => p.name)).toEqual(['Megan Rhys', 'James Lloyd']);
  });

  it('control: a rank written out before the name was cut before', () => {
    const body = `Squadron Leader Megan Rhys said the hangar would close in May.${quote.replace('Sqn Ldr ', '')}`;
    expect(speakerOf(body, 'We will miss')).toBe('Megan Rhys');
  });
});
