import { describe, expect, it } from 'vitest';
import { articleCaseWords } from '../../src/app/article-case-words';
import { saysOnlyThat } from '../../src/app/says-only-that';
import { analyzeArticle } from '../../src/core/analyze-article';

describe('saysOnlyThat', () => {
  const words = articleCaseWords(
    analyzeArticle(
      [
        'Island ferry vote delayed',
        '',
        'Residents of the island packed the hall on Wednesday. Several residents said the fares were too high.',
        '',
        'Wednesday saw the longest meeting of the year. The chair, Ruth Price, said the price of the contract was still unknown.',
        '',
        'Price said the council would publish the figures before the next vote, which is expected in the spring.',
      ].join('\n'),
    ),
  );

  it('joins a plain statement to "that", lowering only a word that is never a name', () => {
    expect(saysOnlyThat('The figure will not be released.')).toBe('It says only that the figure will not be released.');
    expect(saysOnlyThat('Earlier in the day, the mayor spoke.')).toBe(
      'It says only that earlier in the day, the mayor spoke.',
    );
    expect(saysOnlyThat('Mayor Ruth Okafor declined to comment.')).toBe(
      'It says only that Mayor Ruth Okafor declined to comment.',
    );
    expect(saysOnlyThat('eBay   said nothing.')).toBe('It says only that eBay said nothing.');
  });

  it('keeps a name that starts with an opener word as written', () => {
    expect(saysOnlyThat('Under Armour reported a loss of $2m.')).toBe(
      'It says only that Under Armour reported a loss of $2m.',
    );
    expect(saysOnlyThat('Three Mile Island will close in 2019.')).toBe(
      'It says only that Three Mile Island will close in 2019.',
    );
    expect(saysOnlyThat('No. 10 declined to comment.')).toBe('It says only that No. 10 declined to comment.');
    expect(saysOnlyThat('A.J. Styles said nothing.')).toBe('It says only that A.J. Styles said nothing.');
    expect(saysOnlyThat('Three councillors voted against.')).toBe('It says only that three councillors voted against.');
  });

  it('drops a connective that only made sense after the sentence before it', () => {
    expect(saysOnlyThat('However, the council published the letter.')).toBe(
      'It says only that the council published the letter.',
    );
    expect(saysOnlyThat('In addition, Harbour Lines sold two ferries.')).toBe(
      'It says only that Harbour Lines sold two ferries.',
    );
    expect(saysOnlyThat('Still, USA Today printed it.')).toBe('It says only that USA Today printed it.');
    expect(saysOnlyThat('And yet, the council said nothing.')).toBe('It says only that the council said nothing.');
  });

  it('shows a sentence that opens with speech or asks a question whole, after a colon', () => {
    expect(saysOnlyThat('"We will appeal," the union said.')).toBe(
      'The closest it comes: "We will appeal," the union said.',
    );
    expect(saysOnlyThat('However, “no deal yet,” she said.')).toBe(
      'The closest it comes: However, “no deal yet,” she said.',
    );
    expect(saysOnlyThat('Who pays for the repairs?')).toBe('The closest it comes: Who pays for the repairs?');
  });

  it('drops a sentence-opening "And" or "But" and the connectives that point back, comma or not', () => {
    expect(saysOnlyThat('But the harbour board has not set a date.')).toBe(
      'It says only that the harbour board has not set a date.',
    );
    expect(saysOnlyThat('And although they voted, nobody spoke.')).toBe(
      'It says only that although they voted, nobody spoke.',
    );
    expect(saysOnlyThat('Either way, the ferry will run until March.')).toBe(
      'It says only that the ferry will run until March.',
    );
    expect(saysOnlyThat('On the other hand, the pier was repaired.')).toBe('It says only that the pier was repaired.');
    // Controls: "So far" and "Yet another" open phrases of their own; a name after "But" keeps its capital.
    expect(saysOnlyThat('Yet another delay was announced.')).toBe('It says only that yet another delay was announced.');
    expect(saysOnlyThat('So far, the pier has held.')).toBe('It says only that so far, the pier has held.');
    expect(saysOnlyThat('But Solent Link kept its boats.')).toBe('It says only that Solent Link kept its boats.');
  });

  it("leaves out a dateline, the page's and not the claim's", () => {
    expect(saysOnlyThat('PORT ELLIS — But the council has not set a date.')).toBe(
      'It says only that the council has not set a date.',
    );
    expect(saysOnlyThat('WESTFORD (Local News) — Earlier in the day, the trust met.')).toBe(
      'It says only that earlier in the day, the trust met.',
    );
  });

  it('lowers "That’s" and "It’s" as it lowers "That" and "It"', () => {
    expect(saysOnlyThat('That’s why the vote was put off.')).toBe('It says only that that’s why the vote was put off.');
    expect(saysOnlyThat("It's the third delay this year.")).toBe("It says only that it's the third delay this year.");
  });

  it("shows a sentence that ends a quotation opened before it whole, not as the article's own claim", () => {
    expect(saysOnlyThat('I will not stand again," the mayor said.')).toBe(
      'The closest it comes: I will not stand again," the mayor said.',
    );
    expect(saysOnlyThat('We have the votes,” Ms Hale told reporters.')).toBe(
      'The closest it comes: We have the votes,” Ms Hale told reporters.',
    );
  });

  it("lowers a common word's capital only when the article writes it in lower case and never as a name", () => {
    expect(saysOnlyThat('Residents of the island packed the hall.', words)).toBe(
      'It says only that residents of the island packed the hall.',
    );
  });

  it("keeps the capital of a place or surname the copy writes only at a sentence's start (review s32 B-ux32-1)", () => {
    const british = articleCaseWords(
      analyzeArticle(
        'Seats to watch\n\nReading is among the seats Labour hopes to win. He was reading the motion aloud.\n\nBush said no. The bush was cut back.',
      ),
    );
    expect(saysOnlyThat('Reading is among the seats Labour hopes to win.', british)).toBe(
      'It says only that Reading is among the seats Labour hopes to win.',
    );
    expect(saysOnlyThat('Bush said no.', british)).toBe('It says only that Bush said no.');
  });

  it('controls (same on main): quotation marks closed inside the sentence, a name and a day kept', () => {
    expect(saysOnlyThat('US officials - two of them - declined to comment.')).toBe(
      'It says only that US officials - two of them - declined to comment.',
    );
    expect(saysOnlyThat('The mayor said "no" twice.')).toBe('It says only that the mayor said "no" twice.');
    expect(saysOnlyThat('The mayor called it “regrettable” on Monday.')).toBe(
      'It says only that the mayor called it “regrettable” on Monday.',
    );
    // A name the copy also writes in lower case ("price"), and a day it never does.
    expect(saysOnlyThat('Price said the council would publish the figures.', words)).toBe(
      'It says only that Price said the council would publish the figures.',
    );
    expect(saysOnlyThat('Wednesday saw the longest meeting of the year.', words)).toBe(
      'It says only that Wednesday saw the longest meeting of the year.',
    );
    // Without the article's words nothing but a closed-class opener is lowered.
    expect(saysOnlyThat('Residents of the island packed the hall.')).toBe(
      'It says only that Residents of the island packed the hall.',
    );
  });
});

// ans80, session 59 (review 60 R60-10): a sentence opening on a participle clause ("Asked how many …, X said …") has
// no subject to follow "that"; it is shown as written after a colon, its first word's capital kept.
describe('saysOnlyThat: a participle opening', () => {
  it('quotes the sentence after a colon', () => {
    const line = 'Asked how many posts would be cut, the trust’s chair said the figure was not final.';
    expect(saysOnlyThat(line)).toBe(`The closest it comes: ${line}`);
    expect(saysOnlyThat('Speaking after the vote, she said the plan would go ahead.')).toMatch(
      /^The closest it comes: Speaking/,
    );
  });

  it('keeps "It says only that" when the first word is a subject (controls)', () => {
    expect(saysOnlyThat('Reading is among the seats at risk.')).toBe(
      'It says only that Reading is among the seats at risk.',
    );
    expect(saysOnlyThat('Manning said, however, that the vote would be close.')).toMatch(
      /^It says only that Manning said/,
    );
  });
});
