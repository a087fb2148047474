/**
 * Whether words a cut would drop hold a name or a number (issue 13: "never cut inside a number or a name"): a digit or
 * a currency sign, a number word, or a capitalised word that no sentence or quotation opening explains. Since session
 * 50 (sample48b) a passage is cut only past the hard cap of 60 words (passage-head.ts), and a question cut to its
 * budget is shown as its passage (question-cut.ts); past the cap a tail that holds one is what the clause is about
 * ("… before the 2012 attack on the U.S. Consulate in Libya"), so the cut moves to the cap.
 */

/** Number words; "one" is left out: as a pronoun ("one that calls …") it counts nothing. */
const NUMBER_WORD =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?)$/i;

/** "I", "I'm": a capital the pronoun always takes. */
const FIRST_PERSON = /^I(?:['’](?:m|ve|d|ll))?$/;

export function holdsNameOrNumber(words: readonly string[]): boolean {
  return words.some((raw, i) => {
    if (/[0-9$£€]/.test(raw)) return true;
    const word = raw.replace(/^[‘'"“(]+/, '').replace(/[^\w’'-]+$/, '');
    if (NUMBER_WORD.test(word)) return true;
    if (!/^[A-Z]/.test(word) || FIRST_PERSON.test(word)) return false;
    // A quotation's first word takes a capital of its own ("… told them, ‘The fight is over’"); so does a sentence's
    // after a full stop the words run on past (a lower-case word's: "U.S." is a name itself).
    if (/^[‘'"“]/.test(raw)) return false;
    const before = words[i - 1] ?? '';
    return !(/[.!?][’'"”)]*$/.test(before) && !/^[‘'"“(]*[A-Z]/.test(before));
  });
}
