import { handFirstName } from './hand-first-name';
import { HONORIFICS } from './honorifics';
import { knownFirstName } from './known-first-name';
import { landformName } from './landform-name';
import { ledBodyName } from './led-body-name';
import { locativeOnly } from './locative-only';
import { medicalHead } from './medical-head';
import { placeUsage } from './place-usage';
import { PLACE_WORDS, PLACES } from './place-words';
import { TITLE_WORDS } from './split-title';
import { textOccurrences } from './text-occurrences';
import { wordChar } from './word-char';

/** Last words of capitalised runs that name things, not people. */
export const THING_HEADS = new Set(
  (
    'Marine Link Links Library Libraries Courier Voice Coverage Convention Grants Cavaliers Responsibility Act Acts War ' +
    'Wars Pact Caucus Fellow Fellows Hospital Council Group Trust Ltd Inc Corp Company Times Post News Party Committee ' +
    'Americans Britons Ferries Ferry Services Service University College School Bank Fund Foundation Institute Centre ' +
    'Center Airlines Airways Motors Holdings Partners Capital Media Press Club FC United City County Board Agency ' +
    'Department Ministry Office Commission Authority Festival Awards Award Prize Games Cup League Championship Series ' +
    'Show Magazine Journal Review Network Channel Radio Television TV Records Studios Pictures Care Health Watch Day ' +
    'Week Month Year Plan Bill Treaty Accord Deal Programme Program Project Fair Expo Summit Conference Forum Police ' +
    'Army Navy Force Guard Court Church Cathedral Museum Gallery Theatre Theater Hotel Airport Station Market ' +
    'Exchange Reserve Treasury Senate House Assembly Parliament Congress Cabinet Government Republicans Democrats ' +
    'Obamacare Medicare Medicaid Association Union Federation Alliance Coalition Society Movement Campaign ' +
    'Research Poll Pollster Polls Security Elections Enforcement Advisers Politics Statistics Golf Tower Village ' +
    'Twitter Facebook YouTube Rally Legion Operations Command Belt Live Estates Catholics Muslims Christians Matter ' +
    'Women Men District Protection Economics Watchdog Cowboys Future Together Water Utilities'
  ).split(' '),
);
/** First words of places: "Port Ellis", "Mount Vernon", "Lake Placid". */
export const PLACE_STARTS = new Set(
  'Port Mount Lake Fort Saint St St. Cape Isle Glen North South East West New San Santa United'.split(' '),
);

/**
 * Whether the text writes "the <name>" (/\b[Tt]he <name>\b/): found with indexOf and its edges checked
 * by hand, since a pattern built per name is compiled and run over the whole text for every run.
 */
function afterThe(name: string, text: string): boolean {
  const endsInWord = wordChar(name.charCodeAt(name.length - 1));
  for (const at of textOccurrences(text, name).filter((q) => q >= 4)) {
    const the = text.slice(at - 4, at);
    if ((the !== 'The ' && the !== 'the ') || wordChar(text.charCodeAt(at - 5))) continue;
    if (wordChar(text.charCodeAt(at + name.length)) !== endsInWord) return true;
  }
  return false;
}

/**
 * What a multi-word run typed as a person really is, when its own words or the copy say so:
 * "Port Ellis" a place, "Brightwater Marine" (or anything the copy writes as "the X") an organisation.
 */
export function nonPersonKind(name: string, text: string): 'organization' | 'place' | null {
  const words = name.split(/\s+/);
  if (words.length < 2 || HONORIFICS.has(words[0]!) || TITLE_WORDS.test(words[0]!)) return null;
  // "Lisa Park", "Anna Day": a first name makes the run a person, whatever its last word.
  if (handFirstName(words[0]!)) return null;
  const last = words[words.length - 1]!;
  if (PLACES.has(name) || PLACES.has(last) || PLACE_STARTS.has(words[0]!) || PLACE_WORDS.has(last)) return 'place';
  // "in Addis Ababa" twice: a run no first name opens, written as a place is (the lone word's reading in looksLikePerson).
  if (placeUsage(name, text) || locativeOnly(name, text)) return 'place';
  if (THING_HEADS.has(last) || medicalHead(last)) return 'organization';
  // "Armed Forces", "Coastal Guards": a thing's head in the plural heads a body's name too (audit B-a60-8), unless a
  // given name or an initial makes the plural a surname ("M. Dane Waters").
  const singular = last.replace(/ies$/, 'y').replace(/s$/, '');
  if (THING_HEADS.has(singular) && !words.some((w) => knownFirstName(w) || /^\p{Lu}\.?$/u.test(w)))
    return 'organization';
  // "The Jeb Bush campaign": a person's name premodifies a noun after "the" too; a copy that also titles the name
  // ("former Florida Gov. Jeb Bush") says whose it is.
  // "the Red Sea", "the Persian Gulf": "the" before a run ending on a body of water or a landform names a place.
  if (landformName(name) && afterThe(name, text)) return 'place';
  if (afterThe(name, text) && !titledInCopy(name, text)) return 'organization';
  // "Sinn Féin leader Mary Lou McDonald", "the leader of Plaid Cymru": what a leader leads is a body.
  if (ledBodyName(name, text) && !titledInCopy(name, text)) return 'organization';
  return null;
}

/**
 * Whether the copy writes the name right after an honorific or a title ("Gov. Jeb Bush", "Govs. Jeb Bush and …",
 * "Mr. Ray Okafor"): found with indexOf, as `afterThe` is, and the word before each mention read by hand.
 */
function titledInCopy(name: string, text: string): boolean {
  for (const at of textOccurrences(text, name).filter((q) => q >= 1)) {
    if (text[at - 1] !== ' ' || wordChar(text.charCodeAt(at + name.length))) continue;
    let from = at - 1;
    while (from > 0 && from > at - 20 && text[from - 1] !== ' ' && text[from - 1] !== '\n') from--;
    const word = text.slice(from, at - 1);
    if (HONORIFICS.has(word) || TITLE_WORDS.test(word) || TITLE_WORDS.test(word.replace(/s(\.?)$/, '$1'))) return true;
  }
  return false;
}
