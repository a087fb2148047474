import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/core/clean-article';
import { splitSentences } from '../../src/core/split-sentences';

function split(text: string): string[] {
  return splitSentences(cleanArticle(text, { title: 'T' })).map((s) => s.text);
}

describe('splitSentences', () => {
  it('does not break after titles, initials, months, U.S. or decimals', () => {
    const text =
      'Sen. John Smith met Dr. Jane Roe and Mr. J. R. Brown in the U.S. capital on Feb. 3. ' +
      'Growth was 2.5 per cent, said Gov. Ann Lee. The U.S. The end.';
    expect(split(text)).toEqual([
      'Sen. John Smith met Dr. Jane Roe and Mr. J. R. Brown in the U.S. capital on Feb. 3.',
      'Growth was 2.5 per cent, said Gov. Ann Lee.',
      'The U.S.',
      'The end.',
    ]);
  });

  it('ends a sentence at a name joined by an ampersand (sample 47, #33)', () => {
    // "B&Q." closes the name, not an initial: the next sentence was glued on and the passage cut inside it.
    expect(
      split('The depot deal drew fire from retailers such as Lidl and B&Q. And in Hull, the council paused it.'),
    ).toEqual(['The depot deal drew fire from retailers such as Lidl and B&Q.', 'And in Hull, the council paused it.']);
  });

  it('still reads a lone capital before a full stop as an initial (control for sample 47, #33)', () => {
    expect(split('The depot deal drew fire from retailers and Ann Q. Brown, the council said.')).toHaveLength(1);
  });

  it('keeps a quote that ends mid-sentence with its tag, straight or curly', () => {
    expect(split('"We will win," he said. "Why not?" she asked. Then they left.')).toEqual([
      '"We will win," he said.',
      '"Why not?" she asked.',
      'Then they left.',
    ]);
    expect(split('\u201cWe will win,\u201d he said. \u201cIt is done.\u201d Then they left.')).toEqual([
      '\u201cWe will win,\u201d he said.',
      '\u201cIt is done.\u201d',
      'Then they left.',
    ]);
  });

  it('keeps a quoted question with the short close its tag follows, and splits a longer one (sample 14, #3)', () => {
    expect(split('\u201cCould the depot close? You bet it could,\u201d wrote Banks. Then they left.')).toEqual([
      '\u201cCould the depot close? You bet it could,\u201d wrote Banks.',
      'Then they left.',
    ]);
    expect(split('\u201cIs this the end? Not yet,\u201d said the mayor.')).toEqual([
      '\u201cIs this the end? Not yet,\u201d said the mayor.',
    ]);
    // A long second sentence, or one the tag does not follow, is a sentence of its own.
    expect(
      split(
        '\u201cWho pays? The town pays for every single mistake the port board has made since 2010,\u201d he said.',
      ),
    ).toHaveLength(2);
    expect(split('\u201cWho pays? The town.\u201d Then they left.')).toHaveLength(3);
  });

  // ans77b, session 56 (issue 12): split after the question, a thread answer cited half the quoted sentence.
  it('keeps a quoted question with its tag when the quotation goes on in lower case after it', () => {
    expect(split('\u201cWhy wait?\u201d Kerr asked, \u201cwhen the bids are in.\u201d Then they left.')).toEqual([
      '\u201cWhy wait?\u201d Kerr asked, \u201cwhen the bids are in.\u201d',
      'Then they left.',
    ]);
  });

  it('control: a quotation re-opened on a capital after its tag is a new sentence', () => {
    expect(split('\u201cWho pays?\u201d Kerr asked, \u201cThe town or the board?\u201d')).toHaveLength(2);
  });

  it('gives offsets into the original input and paragraph numbers', () => {
    const text = 'Headline here\n\nFirst one. Second one\nwraps here.\n\n  Third one!  \n';
    const sentences = splitSentences(cleanArticle(text));
    expect(sentences.map((s) => s.text)).toEqual(['First one.', 'Second one\nwraps here.', 'Third one!']);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 0, 1]);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('treats each line as a sentence in the one-sentence-per-line layout', () => {
    const text = 'Title\n\nOne line ends here.\nAnother follows without a capital?\nthird line, lower case.\n';
    expect(splitSentences(cleanArticle(text)).map((s) => s.text)).toEqual([
      'One line ends here.',
      'Another follows without a capital?',
      'third line, lower case.',
    ]);
  });
});

/**
 * Session 50, fix50a (audit 51, B-a51-2): Commonwealth and African titles with a stop ("Engr.", "Barr.", "Adv.") ended
 * the sentence, so the role before the name was cut off and summaries showed half-sentences. One title list
 * (title-abbreviations.ts) for the splitter, the dot mask and the honorifics, and the general shape ", Xyz. Name, verb"
 * for a title no list holds. Copy written for the test.
 */
describe('titles of Commonwealth and African styles', () => {
  it('keeps "Engr." and "Barr." inside the sentence', () => {
    expect(
      split(
        'The Commissioner for Water, Engr. Tobi Adewale-Coker, spoke on Friday. Counsel to the union, Barr. Ifeoma Nwosu-Bello, said the suit would go ahead.',
      ),
    ).toHaveLength(2);
  });

  it('keeps a sentence-opening "Adv." with its name', () => {
    expect(split('Adv. Lindiwe Sithebe-Moor said the family would appeal.')).toEqual([
      'Adv. Lindiwe Sithebe-Moor said the family would appeal.',
    ]);
  });

  it('reads an unlisted title after an apposition comma as a title ("Mgr.")', () => {
    expect(split('The chaplain to the college, Mgr. Paul Obi-Eze, said the chapel would reopen.')).toHaveLength(1);
  });

  it('control: a place after a comma still ends its sentence before a name and comma', () => {
    expect(split('The plant is in Akron, Ohio. Smith, 45, said it would close.')).toHaveLength(2);
  });

  it('control: a surname that is also a title still ends its sentence after a given name', () => {
    expect(split('The papers were signed by William Barr. Nobody else was there.')).toHaveLength(2);
  });
});
