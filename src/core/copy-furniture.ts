/**
 * Recognisers for the furniture that wire copy and CMS exports wrap around a story: photo credits,
 * bylines, related-story promos, datelines. Kept apart from clean-article so the rules are testable.
 */

const CREDIT_START = /^(?:©|\(c\)|copyright\b|photo:|photograph:|image:|picture:|credit:)/i;

/**
 * "© AP Photo/ Carolyn Kaster US Senate Intel ..." -> "US Senate Intel ...". A credit is "©", an
 * agency, then "/"-separated parts; the last part is a photographer's name (two or three
 * capitalised words) or an agency in capitals ("GETTY IMAGES NORTH AMERICA").
 */
export function stripLeadingCredit(line: string): string {
  if (!CREDIT_START.test(line)) return line;
  const lastSlash = line.lastIndexOf('/');
  const tail = lastSlash >= 0 ? line.slice(lastSlash + 1) : line.replace(CREDIT_START, '');
  const words = tail.trim().split(/\s+/);
  let taken = 0;
  if (words[0] && isAllCaps(words[0])) {
    // An agency in capitals must not swallow a headline that opens with an acronym ("US Senate").
    while (taken < words.length && isAllCaps(words[taken]!)) {
      const opensHeadline = taken > 0 && words[taken]!.length <= 3 && /^[A-Z][a-z]/.test(words[taken + 1] ?? '');
      if (opensHeadline) break;
      taken++;
    }
  } else {
    // First and last name, with an optional middle initial ("John Q. Public").
    const isName = (w: string | undefined): boolean => !!w && /^[A-Z][a-z'’-]+$/.test(w);
    if (isName(words[0])) taken = 1;
    if (taken === 1 && /^[A-Z]\.$/.test(words[1] ?? '') && isName(words[2])) taken = 3;
    else if (taken === 1 && isName(words[1])) taken = 2;
    if (lastSlash < 0 && taken > 0) taken = Math.min(taken, 1);
  }
  return words.slice(taken).join(' ').trim();
}

function isAllCaps(word: string): boolean {
  return /^[A-Z][A-Z&.'-]+$/.test(word);
}

const BOILERPLATE = [
  CREDIT_START,
  /^[Bb]y\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*(?:,|and|\|)\s*.*)?$/,
  /^["“'‘]?(?:read more|related|see also|also read|more on this story|recommended|watch|listen|click here|subscribe|sign up|advertisement|share this|follow us)\b[:\s|]*/i,
  /^(?:published|updated|last updated|posted)\b[:\s]/i,
];

/**
 * "Follow Pam Key on Twitter @pamkeyNEN.", "Follow @politico.", "(h/t The Hill.)": the writer's handle and the tip
 * credit a web story ends on. Only names, handles and "and"/"or" may stand between "Follow" and the network, so a
 * story sentence that opens on the word ("Follow the money…", "Follow-up questions on Twitter…") stays.
 */
const SOCIAL_SIGN_OFF =
  /^(?:[Ff]ollow\s+(?:(?:[\p{Lu}@#][\p{L}\p{N}_'’.-]*|and|or|&)\s+)*(?:on\s+(?:[Tt]witter|[Ff]acebook|[Ii]nstagram)\b|@\w)|\(?[Hh]\/[Tt]\b\/?:?\s)/u;

/**
 * A picture credit standing as its own line: "Getty/Instagram.", "John Moore/Getty Images.", "Handout/Reuters." — two
 * to four "/"-joined parts, each one to four capitalised words. A sentence of the story has lower-case words or no
 * slash; a headline is read before the body's lines reach this test.
 */
const CREDIT_PART = String.raw`[\p{Lu}][\p{L}\p{N}'’&.-]*(?: [\p{Lu}][\p{L}\p{N}'’&.-]*){0,3}`;
const PICTURE_CREDIT = new RegExp(String.raw`^${CREDIT_PART}(?: ?/ ?${CREDIT_PART}){1,3}\.?$`, 'u');

/** A whole line that is furniture rather than story copy. */
export function isBoilerplateLine(line: string): boolean {
  const text = line.trim();
  if (text.length === 0) return true;
  const [credit, byline, promo, stamp] = BOILERPLATE as [RegExp, RegExp, RegExp, RegExp];
  if (credit.test(text)) return true;
  if (text.length <= 80 && byline.test(text)) return true;
  if (promo.test(text) && (text.length <= 160 || /^["“'‘]?(read more|related|see also)/i.test(text))) return true;
  if (text.length <= 80 && stamp.test(text)) return true;
  if (text.length <= 80 && PICTURE_CREDIT.test(text)) return true;
  if (isEndTag(text) || WEB_SIGN_OFF.exec(` ${text}`)?.index === 0) return true;
  return text.length <= 200 && SOCIAL_SIGN_OFF.test(text);
}

/** A promo's label standing alone ('"Related:"', "Read more:"): the link it introduces is the next line. */
const PROMO_LABEL = /^["“'‘]?(?:read more|related|see also|also read|more on this story|recommended)\s*:?\s*["”'’]?$/i;

/**
 * Whether `line`, the line after a promo's bare label, is the link's headline: short, in headline case
 * (nearly every word of four letters or more capitalised). "GOP Candidates Resoundingly Reject The Idea Of A
 * Minimum Wage Hike." is a link; a sentence of the story after the label is kept.
 */
export function isPromoLink(label: string, line: string): boolean {
  if (!PROMO_LABEL.test(label.trim()) || line.length > 160) return false;
  const words = line.match(/[A-Za-z][\w'’-]{3,}/g) ?? [];
  const capitalised = words.filter((w) => /^[A-Z]/.test(w)).length;
  return words.length >= 3 && capitalised >= 0.8 * words.length;
}

/**
 * "WASHINGTON (Sputnik) — Earlier ..." -> number of characters to skip (0 when no dateline).
 * A dateline is a place in capitals, optionally a date and an agency in brackets, then a dash.
 */
const DATELINE =
  /^[A-Z][A-Z.'’ -]{1,40}[A-Z.](?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?(?:,\s*\d{4})?)?\s*(?:\([^()\n]{1,40}\))?\s*[—–-]{1,2}\s*/;

/**
 * "Addis Abeba, December 6/2026 (Addis Standard) – Hundreds …": outlets outside the US/UK wire style write the place
 * in title case and the date with a slash. A place in title case is any opening name, so this reading asks for the
 * whole date (a month and a day) and the dash after it (audit 63, B-a63-15).
 */
const DATED_DATELINE =
  /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3},\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:(?:\/|,\s*)\d{4})?\s*(?:\([^()\n]{1,40}\))?\s*[—–-]{1,2}\s+/u;

export function stripDateline(line: string): number {
  const dated = DATED_DATELINE.exec(line);
  if (dated) return dated[0].length;
  const match = DATELINE.exec(line);
  if (!match) return 0;
  // "US -" inside a sentence is not a dateline; require the whole place token to be capitals.
  const place = match[0].split(/[,(—–-]/)[0]!.trim();
  if (place.length < 3 || /[a-z]/.test(place)) return 0;
  return match[0].length;
}

/** A live blog's entry time opening a line ("09:15 More than 40 flights…", "9.15am The minister…"). */
const LEADING_CLOCK_TIME =
  /^(?:(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:[ap]\.?m\.?|GMT|BST|UTC|ET|EST|EDT))?|(?:[01]?\d|2[0-3])\.[0-5]\d\s*[ap]\.?m\.?)\s+(?=[A-Z"“‘])/;

/** The sentence without a leading clock time: page furniture, never part of a question or passage. */
export function withoutClockTime(text: string): string {
  return text.replace(LEADING_CLOCK_TIME, '');
}

/** The minute of the day a live entry's opening time gives ("16:40 Update:" 1000, "9.15pm" 1275), else null. */
export function leadingClockMinutes(text: string): number | null {
  const stamp = LEADING_CLOCK_TIME.exec(text)?.[0];
  if (stamp === undefined) return null;
  const [, hours, minutes, half] = /^(\d+)[:.](\d+)\s*([ap])?/i.exec(stamp)!;
  const hour = half ? (Number(hours) % 12) + (half.toLowerCase() === 'p' ? 12 : 0) : Number(hours);
  return hour * 60 + Number(minutes);
}

/**
 * "(END)", "– Rappler.com": the end marks of wire and web copy. A line that is only the wire's end tag is furniture;
 * an outlet's web address after a dash at the close of the last line is its sign-off, so the cited sentence ends
 * before it (audit 63, B-a63-14/15). Only an address (a dot and a top-level domain) is read as one.
 */
const END_TAG = /^[([]?(?:END|ENDS|END OF STORY)[)\]]?\.?$/;
const WEB_SIGN_OFF = /\s+[—–-]{1,2}\s*[\p{L}\p{N}-]+(?:\.[a-z]{2,6}){1,2}\s*$/u;

function isEndTag(line: string): boolean {
  return END_TAG.test(line.trim());
}

/** The length of `line` before a trailing web sign-off ("… on December 9. – Rappler.com"), else its length. */
export function beforeWebSignOff(line: string): number {
  const match = WEB_SIGN_OFF.exec(line);
  return match && match.index > 0 ? match.index : line.length;
}
