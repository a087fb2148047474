import { dated } from './dated';
import { eachMatch } from './each-match';

/**
 * Is a "likely to" cue the writer's own forecast, and of what? A procedure ("is likely to vote / rule /
 * decide") stays pending, so does a forecast tied to a day, and so does a forecast someone is quoted
 * making (a speech verb or "according to" in the sentence), whose source can be asked: null.
 * Otherwise no source says it and no procedure is waited for. How it lands with people ("is likely to
 * resonate better there", "to help his rival") is analysis, with no claim to chase or date to watch:
 * 'stance', the cue is dropped. Anything else ("The dispute is likely to spread to other ports") is an
 * event a desk may watch, but the evidence is too weak for a "Will …?" of our own: 'passage', the
 * sentence is shown as its flagged passage with its kind.
 */
const LIKELY =
  /\b(?:is|are|was|were|be|seems?|looks?)\s+(?:very |most |more |less |highly |quite )?likely\s+to\s+(\w+)(\s+to\b)?/gi;

/** The steps a story waits on, as the schedule family reads them. */
const PROCEDURE =
  /^(?:decide|rule|announce|consult|vote|determine|approve|publish|outline|conclude|consider|name|choose|make|unveil|reveal|report|sign|veto|pass|reject|hold|meet|file|face|appeal|testify|resign|release|issue|endorse|nominate|confirm|be)$/i;

/**
 * Verbs of how something lands with people (its audience or who gains or loses), the class of
 * analysis a reporter cannot chase: "appeal to voters" is one, "appeal the ruling" a procedure.
 */
const STANCE =
  /^(?:resonate|help|hurt|benefit|harm|damage|boost|please|anger|alienate|upset|energi[sz]e|galvani[sz]e|matter)$/i;

const SOURCED =
  /\b(?:said|says|say|told|according to|predicts?|predicted|expects?|expected|believes?|believed|thinks?|argues?|argued|estimates?|projects?|projected|forecasts?|warns?|warned|suggests?|suggested|adds?|added|notes?|noted|wrote|writes)\b/i;

export type WriterForecast = 'stance' | 'passage' | null;

export function writerForecast(text: string, at: number): WriterForecast {
  // "is likely to appear in court Wednesday": a forecast tied to a day is a coming event to watch.
  if (SOURCED.test(text) || dated(text)) return null;
  for (const m of eachMatch(LIKELY, text)) {
    const end = m.index + m[0].length;
    if (at < m.index || at >= end) continue;
    const verb = m[1]!;
    if (STANCE.test(verb) || (/^appeal$/i.test(verb) && m[2])) return 'stance';
    if (!PROCEDURE.test(verb)) return 'passage';
  }
  return null;
}
