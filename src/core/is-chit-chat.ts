/**
 * Whether a message is only social talk: greetings, thanks, acknowledgements and praise, each
 * perhaps said to someone ("hi there", "thanks both", "morning all", "cheers mate", "great work
 * team", "thanks Sam!"). Addressed to the bot or not, such a message asks nothing of the story, so
 * it gets no "the article doesn't say". Anything else in the message ("hi, who chairs the
 * committee?") makes it more than chit-chat.
 */

/** Punctuation and emoji (with their skin-tone and variation marks) that may follow a formula or its addressee. */
const TRAIL = String.raw`[\s!.?,:;)(\p{Extended_Pictographic}\u{FE0F}\u{1F3FB}-\u{1F3FF}]*`;

/** Greetings and thanks: formulas said to someone, so a name may follow ("hi Sam", "thanks Jo"). */
const VOCATIVE_FORMULA =
  'thanks?(?: you)?(?: (?:so|very) much| a lot| a million| again)?|many thanks|thx|ty|cheers|' +
  'hello|hi|hiya|hey|howdy|morning|afternoon|evening|good (?:morning|afternoon|evening|night)|bye|' +
  'well done|nice one|good one|(?:great|nice|good|excellent|brilliant|lovely|awesome|fab|top|solid) ' +
  '(?:work|job|stuff|call|catch|effort|spot|find|piece|read)';
/** Acknowledgements: said of what was written, not to anyone. */
const ACK_FORMULA =
  'ok(?:ay)?|k|cool|great|nice|lol|sure|yes|yep|yeah|no|nope|got it|clear|noted|done|agreed|right|perfect|' +
  'will do|on it|sounds good|makes sense|fair enough|all good|no worries|no problem|much appreciated|appreciated';
/** Words that address the room or someone in it, not the story ("hi there", "thanks both"). */
const ADDRESSEE =
  "(?:all|everyone|everybody|folks|guys|gang|team|there|both|mates?|people|y['’]all|you all|you two|lads|pal|again)";

const VOCATIVE = new RegExp(String.raw`^(?:${VOCATIVE_FORMULA})\b${TRAIL}`, 'iu');
const ACK = new RegExp(String.raw`^(?:${ACK_FORMULA})\b${TRAIL}`, 'iu');
const TO_ROOM = new RegExp(String.raw`^${ADDRESSEE}\b${TRAIL}`, 'iu');
/** A first name after a greeting or thanks: one capitalised word, case kept ("thanks Sam!"). */
const TO_NAME = new RegExp(String.raw`^[A-Z][a-z]+\b${TRAIL}`, 'u');

/** At most this many formulas in a row ("lol ok", "great, thanks all", "hi all, thanks Sam"). */
const MAX_FORMULAS = 3;

export function isChitChat(text: string): boolean {
  let rest = text.trim();
  for (let said = 0; said < MAX_FORMULAS && rest !== ''; said++) {
    const vocative = VOCATIVE.exec(rest);
    const formula = vocative ?? ACK.exec(rest);
    if (!formula) return false;
    rest = rest.slice(formula[0].length);
    const addressee = TO_ROOM.exec(rest) ?? (vocative ? TO_NAME.exec(rest) : null);
    if (addressee) rest = rest.slice(addressee[0].length);
  }
  return rest === '';
}
