/**
 * Is a hearsay noun ("rumours", "claims of", "allegations", "accusations", "speculation") only the setting of the
 * sentence's own clause? "As the rumours broke on Tuesday, the senator sought to play the news down", "After
 * briefing them on the accusations they faced, he recommended another firm", "She said her view had not changed,
 * despite their claims of momentum": the noun sits in a fronted subordinate clause or a despite/amid phrase, and
 * what the passage itself tells (the senator's act, the adviser's advice, her statement) is on record, so the
 * passage is no claim to check (issue 13, samples 32's #41 and #48, 33's #45; session 37, kind51). The
 * sentence's other cues still count: "After allegations surfaced, the council opened an inquiry" keeps its
 * inquiry. Read from the sentence's punctuation and a closed list of subordinators only, in linear time.
 */

/** A sentence opening on a subordinator (after any quote mark or bracket): its clause runs to the first comma. */
const FRONTED =
  /^[\s"'“‘(]*(?:as|after|when|whenever|while|whilst|amid|amidst|despite|following|before|since|although|though|once|until|even as|in spite of)\b/i;
/** A despite/amid phrase with no clause break between it and the noun: "…, despite their claims of momentum". */
const PHRASE_BEFORE = /\b(?:despite|amid|amidst|in spite of)\b[^,;:()—–]*$/i;
/** How far back the phrase's opener is looked for: bounded, so a long sentence is read in linear time. */
const LOOK_BACK = 120;

/** Only the nouns: "reportedly", "allegedly" hedge the clause they stand in, wherever it is. */
const HEARSAY_NOUN = /^(?:rumou?rs?|speculation|claims?|allegations?|accusations?|suggestions?)\b/i;

export function subordinateHearsay(text: string, index: number, match: string): boolean {
  if (!HEARSAY_NOUN.test(match)) return false;
  const opener = FRONTED.exec(text);
  if (opener) {
    const comma = text.indexOf(',', opener[0].length);
    // The fronted clause must close before the sentence's end, leaving a main clause after it.
    if (comma > index && comma < text.length - 2) return true;
  }
  return PHRASE_BEFORE.test(text.slice(Math.max(0, index - LOOK_BACK), index));
}
