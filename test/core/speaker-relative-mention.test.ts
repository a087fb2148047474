import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

// Session 58 (sp72), audit 59's B-a59-17 and B-a59-18: a colon tag whose subject is a description with a relative
// clause naming someone else, and speakers that are only "One of them" or a bracketed role acronym. Invented copy.
const speakerOf = (...lines: string[]): string | null | undefined =>
  analyzeArticle(['Party leadership row', ...lines].join('\n\n')).quotes.at(-1)?.speaker;

describe('the tag subject over a name in its relative clause', () => {
  it('does not credit the person the relative clause mentions', () => {
    const line =
      'Another senior figure, who has served alongside Ms Brennan, put it more bluntly: "If she does this, nobody will forget it."';
    const speaker = speakerOf('Councillor Ada Brennan is weighing a leadership bid.', line);
    expect(speaker).not.toBe('Ada Brennan');
    expect(speaker).toBe('another senior figure');
  });

  it('control: a descriptor with a possessive stays the speaker', () => {
    expect(speakerOf('The union\'s general secretary put it more plainly: "We will strike if we must."')).toBe(
      "the union's general secretary",
    );
  });
});

describe('a share of a group as the speaker', () => {
  it('prints no one for "One of them"', () => {
    expect(
      speakerOf(
        'Two officials at the ministry spoke on condition of anonymity.',
        'One of them told the Courier that a deal was "close but not done".',
      ),
    ).toBeNull();
  });
});

describe('a role acronym defined in brackets before a name', () => {
  it('credits "the RC" to the holder', () => {
    expect(
      speakerOf(
        'Regional Commissioner (RC) Amina Juma met the traders on Friday and halted the evictions.',
        '"Nobody will be moved by force," said the RC.',
      ),
    ).toBe('Amina Juma');
  });
});

describe("a relay of the subject's own messages", () => {
  it('credits the subject who replied', () => {
    expect(
      speakerOf(
        'Chief executive Marco Lind replied the same day that the company "cannot wait any longer," according to the messages.',
      ),
    ).toBe('Marco Lind');
  });

  it('control: messages from someone else stay a relay', () => {
    expect(
      speakerOf(
        'Chief executive Marco Lind replied the same day that the company "cannot wait any longer," according to the messages from his lawyer.',
      ),
    ).toBeNull();
  });

  it('control: "said" with the messages stays a relay', () => {
    expect(
      speakerOf('Chief executive Marco Lind said the company "cannot wait any longer," according to the messages.'),
    ).toBeNull();
  });
});
