import { describe, expect, it } from 'vitest';
import type { Quote } from '../../src/core/analysis-types';
import { analyzeArticle } from '../../src/core/analyze-article';
import { speakerBeforeAcceptance } from '../support/quotes-before-acceptance';

function quotes(body: string): Quote[] {
  return analyzeArticle(`Headline\n\n${body}`).quotes;
}

function speakerOf(body: string, start: string): string | null | undefined {
  const quote = quotes(body).find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quote starting "${start}" in ${JSON.stringify(quotes(body))}`);
  return quote.speaker;
}

describe('findQuotes attribution', () => {
  it('reads "X said", "said X" and other speech verbs after the quote', () => {
    expect(speakerOf('"Prices will rise," said Anna Berg, chief economist at Nordbank.', 'Prices')).toBe('Anna Berg');
    expect(speakerOf('"Prices will rise," Anna Berg warned on Monday.', 'Prices')).toBe('Anna Berg');
    expect(speakerOf('"Is it over?" asked Tom Price.', 'Is it')).toBe('Tom Price');
  });

  it('reads colon introductions and verb-comma introductions', () => {
    expect(speakerOf('Health Secretary Mary Quint said: "We are ready."', 'We are')).toBe('Mary Quint');
    expect(speakerOf('Asked about the plan, Paul Ek responded, "No comment."', 'No comment')).toBe('Paul Ek');
  });

  it('resolves pronouns to the person meant, by gender and across quotes', () => {
    const body = [
      'Mr Jonas Field met Ms Clara Dunn on Tuesday.',
      'Ms Dunn later spoke to reporters.',
      '"The deal is done," she said.',
      '"We waited long enough," he added.',
    ].join('\n');
    expect(speakerOf(body, 'The deal')).toBe('Clara Dunn');
    expect(speakerOf(body, 'We waited')).toBe('Jonas Field');
  });

  it('does not take a name inside a quotation as the antecedent of "he"', () => {
    const body = 'Peter Lund spoke at the event.\n"Without Martin Cole we would have lost," he said.';
    expect(speakerOf(body, 'Without')).toBe('Peter Lund');
  });

  it('gives continuation paragraphs and quotes left open to the same speaker', () => {
    const body = [
      '"The market is calm," said Rita Holm of Acme Bank.',
      '',
      '"Investors are waiting for the results.',
      '',
      '"They will come next week."',
      '',
      'Separately, the council met on Friday.',
    ].join('\n');
    const found = quotes(body);
    expect(found.find((q) => q.text.startsWith('Investors'))?.speaker).toBe('Rita Holm');
    expect(found.find((q) => q.text.includes('They will come next week'))?.speaker).toBe('Rita Holm');
  });

  it('uses the fullest name the article gives, and no more', () => {
    const body = 'Tony Blair spoke first.\n\nLater Mr Blair said: "We will go on."\n\nSpicer said: "Fine."';
    expect(speakerOf(body, 'We will')).toBe('Tony Blair');
    expect(speakerOf(body, 'Fine')).toBe('Spicer');
  });

  it('keeps descriptive speakers', () => {
    expect(speakerOf('"We regret the error," a Microsoft spokesman said.', 'We regret')).toBe('a Microsoft spokesman');
  });

  it('leaves the speaker null when nothing attributes the quote', () => {
    const body = 'The storm hit the coast at night.\n\n"It was the worst in years."\n\nRoads were closed.';
    // Read before the acceptance model, which may drop a span nothing attributes.
    expect(speakerBeforeAcceptance(body, 'It was the worst')).toBeNull();
  });

  it('does not give the question inside a tag to the one who answers it', () => {
    const body = 'When asked by a reporter if "the firm will close," Ana Ruiz replied, "Never."';
    expect(speakerOf(body, 'Never')).toBe('Ana Ruiz');
    expect(speakerOf(body, 'the firm will close')).not.toBe('Ana Ruiz');
  });

  it('attributes both halves of an interrupted quote', () => {
    const body = '"We tried," said Mr Ivo Marsh, "but the money ran out."';
    expect(speakerOf(body, 'We tried')).toBe('Ivo Marsh');
    expect(speakerOf(body, 'but the money')).toBe('Ivo Marsh');
  });

  it('handles curly quotes like straight ones', () => {
    const body = '\u201cWe are pleased,\u201d said Lena Ortiz. \u201cIt took years.\u201d';
    expect(speakerOf(body, 'We are pleased')).toBe('Lena Ortiz');
    expect(speakerOf(body, 'It took years')).toBe('Lena Ortiz');
  });

  it('does not report titles of works, and marks no fragment as key', () => {
    const found = quotes(
      'The band released the album "Blue Summer Nights" in May.\n\n' +
        'Critics called it "a bold step" and "rather loud".\n\n' +
        '"This is the record we always wanted to make and we are proud of it," said singer Kim Vale.',
    );
    expect(found.some((q) => q.text === 'Blue Summer Nights')).toBe(false);
    for (const q of found.filter((q) => q.key)) expect(q.text.split(' ').length).toBeGreaterThan(3);
    expect(found.find((q) => q.text.startsWith('This is the record'))).toMatchObject({
      speaker: 'Kim Vale',
      key: true,
    });
  });

  it('does not report programme and book titles closed US-style with the comma inside the marks', () => {
    const found = quotes(
      'Speaking Sunday on ABC\u2019s \u201cThis Week,\u201d Sen. Jo Park said the bill was dead.\n\n' +
        'She had said as much in her memoir, "Tough Choices." and on the podcast "So, That Happened."\n\n' +
        '"We will not pass it this year," Ms. Park said on Fox News\u2019s "Fox and Friends," adding that talks go on.',
    );
    expect(found.map((q) => q.text)).toEqual(['We will not pass it this year,']);
    expect(found[0]!.speaker).toBe('Jo Park');
  });

  it('does not report the name of a piece set off after a work noun or a naming participle, however closed', () => {
    const found = quotes(
      'Rita Moss\u2019 commentary, "Mayor, tell us your plan," is very thoughtful. ' +
        'Last week, Mayor Dan Cole stated that he would publish it "within a month."\n\n' +
        'The council answered with an op-ed titled "Why the budget will balance," signed by its leader.',
    );
    expect(found.map((q) => q.text)).toEqual(['within a month.']);
    expect(found[0]!.speaker).toBe('Dan Cole');
  });

  it('still reports a work\u2019s words when a speech tag shares their sentence', () => {
    const found = quotes('In her column, "We must act before the winter comes," Rita Moss wrote on Sunday.');
    expect(found.map((q) => [q.text, q.speaker])).toEqual([['We must act before the winter comes,', 'Rita Moss']]);
  });

  it('reports a work\u2019s words after "in her column," though no speech verb tags them (review s29 B-ux29-1)', () => {
    const found = quotes('Writing in her column, "It is time for the mayor to go," Rita Moss did not mince words.');
    expect(found.map((q) => [q.text, q.speaker])).toEqual([['It is time for the mayor to go,', 'Rita Moss']]);
  });

  it('resolves a definite description to the person whose role it names', () => {
    const body = [
      'Tory leader Mark Hale toured the north on Monday.',
      'Critics met the Bishop of Ely, Dr Ann Frost, later.',
      'The Tory leader was asked about taxes.',
      'He replied: "We will cut them."',
    ].join('\n');
    expect(speakerOf(body, 'We will cut')).toBe('Mark Hale');
  });

  it('skips relative clauses and names inside prepositional phrases', () => {
    const body = [
      'Nick Hart, spokesman for the union, which called the strike, said: "We are not moving."',
      'At a meeting hosted by minister John Dale, Mr Hart said the talks had failed.',
      '"It is over," he told reporters.',
    ].join('\n');
    expect(speakerOf(body, 'We are not moving')).toBe('Nick Hart');
    expect(speakerOf(body, 'It is over')).toBe('Nick Hart');
  });

  it('lets "it" mean a company that spoke, not a person', () => {
    const body = [
      'Dan Mills, founder of Open Media, criticised the tool.',
      'In a statement Zentro said the feature was still in trial.',
      'It said: "Users can switch it off."',
    ].join('\n');
    expect(speakerOf(body, 'Users can')).toBe('Zentro');
  });
});
