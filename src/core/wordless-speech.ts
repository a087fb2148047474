/**
 * "But he's also said much over the years about the Senate's sacred obligation to confirm …", "She has spoken little
 * about the plan since March": a speech verb whose object is only a quantity ("much", "little", "a lot", "plenty",
 * "a great deal") and then what the talk was about reports that someone spoke, not words of theirs, so the sentence is
 * the writer's and no "…”, says X" may credit it to the one who spoke (sample 53's #30). A sentence with a quotation or
 * a second speech verb ("he said much about it, and told reporters that …") is read as before.
 */
export function wordlessSpeech(text: string): boolean {
  const m = WORDLESS.exec(text);
  if (m === null || /[“"”]/.test(text)) return false;
  const rest = text.slice(0, m.index) + text.slice(m.index + m[0].length);
  return !SPEECH.test(rest);
}

/** The speech verb, a quantity for its object, up to four words (a time: "over the years"), then what it was about. */
const WORDLESS =
  /\b(?:said|says|say|spoken|spoke|speaks|talked|talks|written|wrote|writes)\s+(?:(?:very|so|too|relatively|remarkably|surprisingly|comparatively)\s+)?(?:much|little|a\s+lot|lots|plenty|a\s+great\s+deal|a\s+good\s+deal|volumes)\s+(?:[\w'’-]+\s+){0,4}?(?:about|on|of|regarding|concerning)\b/i;
/** Any other verb that tags or reports words. */
const SPEECH =
  /\b(?:said|says|say|told|tells|added|adds|wrote|writes|stated|states|declared|explained|insisted|argued|argues|warned|according)\b/i;
