/**
 * Is a "likely to" cue the writer's own forecast? "His … conservatism is likely to resonate better
 * there" is analysis: no source says it and no procedure is waited for, so there is no claim to chase
 * or date to watch. A procedure ("is likely to vote / rule / decide") stays pending, so does a forecast
 * tied to a day, and so does a forecast someone is quoted making (a speech verb or "according to" in the sentence), whose source can
 * be asked.
 */
const LIKELY =
  /\b(?:is|are|was|were|be|seems?|looks?)\s+(?:very |most |more |less |highly |quite )?likely\s+to\s+(\w+)/gi;

/** The steps a story waits on, as the schedule family reads them. */
const PROCEDURE =
  /^(?:decide|rule|announce|consult|vote|determine|approve|publish|outline|conclude|consider|name|choose|make|unveil|reveal|report|sign|veto|pass|reject|hold|meet|file|face|appeal|testify|resign|release|issue|endorse|nominate|confirm|be)$/i;

/** "is likely to appear in court Wednesday": a forecast tied to a day is a coming event to watch. */
const DATED =
  /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|tonight|(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2})\b/;

const SOURCED =
  /\b(?:said|says|say|told|according to|predicts?|predicted|expects?|expected|believes?|believed|thinks?|argues?|argued|estimates?|projects?|projected|forecasts?|warns?|warned|suggests?|suggested|adds?|added|notes?|noted|wrote|writes)\b/i;

export function writerForecast(text: string, at: number): boolean {
  if (SOURCED.test(text) || DATED.test(text)) return false;
  for (const m of text.matchAll(LIKELY)) {
    const end = m.index + m[0].length;
    if (at >= m.index && at < end && !PROCEDURE.test(m[1]!)) return true;
  }
  return false;
}
