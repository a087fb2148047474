import { STATE_ABBREVIATIONS } from './abbreviated-word';
import { calendarWords } from './calendar-words';
import { US_STATES } from './looks-like-person';
import { TWO_WORD_STATES } from './place-words';

const STATE = new RegExp(
  String.raw`^(?:${[...US_STATES].join('|')}|${TWO_WORD_STATES.map((state) => state.replace(' ', String.raw`\s+`)).join('|')}|(?:${STATE_ABBREVIATIONS})\.|(?:[A-Z]\.){2,3}|W\.\s?Va\.)$`,
);

/** "In Washington, Iowa, " — a place phrase whose town is followed by its state, both closed by commas. */
const PLACE_THEN_STATE =
  /^(?:[Ii]n|[Aa]t|[Ff]rom|[Nn]ear|[Oo]utside)\s+((?:\p{Lu}[\p{L}\w'’.-]*\s+){0,3}\p{Lu}[\p{L}\w'’.-]*),\s+([^,]{2,20}),\s+(?=\S)/u;

/**
 * The text without an opening "In City, State," phrase: the state is the town's, so the phrase ends at the comma
 * after it. A time phrase drops at its first comma ("On Tuesday, "), but cut there, "In Washington, Iowa, Pastor
 * Brown plans …" would leave the state standing before the subject ("Will Iowa, Pastor Brown …?").
 */
export function leadingPlace(text: string): string {
  const m = PLACE_THEN_STATE.exec(text);
  // A month or a day is a time, whatever follows it ("In January, Iowa, New Hampshire and Nevada vote").
  if (!m || calendarWords(m[1]!) || !STATE.test(m[2]!)) return text;
  return text.slice(m[0].length);
}
