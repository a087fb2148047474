import { apposedRoleHead } from './apposed-role-head';
import { bodyHead } from './body-head';
import { closedClassGiven } from './closed-class-given';
import { definedAsBody } from './defined-as-body';
import { escapeRegExp } from './escape-reg-exp';
import { givenAfterSurname } from './given-after-surname';
import { handFirstName } from './hand-first-name';
import { HONORIFICS } from './honorifics';
import { WORD_EDGE } from './latin-letters';
import { listedFirstName } from './listed-first-name';
import { hasLiteralMatch, literalMatches, literalPattern } from './literal-matches';
import { surname } from './mentions-entity';
import { nameParticle } from './name-particle';
import { PLACE_STARTS } from './non-person-kind';
import { ORG_HEADS } from './org-heads';
import { organizationUsage } from './organization-usage';
import { HYPHEN_PARTICLE } from './particle-surname';
import { PERSONS_AFTER_THE } from './persons-after-the';
import { placeUsage } from './place-usage';
import { PLACE_WORDS, PLACES } from './place-words';
import { pronounTakesQuote } from './pronoun-takes-quote';
import { roleHeadBefore } from './role-head-before';
import { ROLE_HEADS } from './role-heads';
import { NOT_MODIFIER } from './role-modifiers';
import { soleSurname } from './sole-surname';
import { speechTagged } from './speech-tagged';
import { splitTitle, TITLE_WORDS } from './split-title';
import { standsAlone } from './stands-alone';
import { surnameAsPerson } from './surname-as-person';
import { surnamePersonEvidence } from './surname-person-evidence';
import { LEAD_IN, NOT_FIRST } from './without-lead-in';

/** The patterns read around each occurrence of a name, compiled once (see `literalPattern`). */
const WORD = literalPattern('\\b', '\\b');
const THE_RUN = literalPattern('\\b[Tt]he ', '\\b(?![\\w-]*\\s+\\p{Lu})', 'u');
const PRONOUN_AFTER = literalPattern('', '[^.]{0,80}\\b(?:he|she|his|her)\\b');
// A title or a given name before the name, and the name's end, read as letters beyond ASCII too ("Mr Kovač",
// "Jan Kovač", "Ayşe Ağaoğlu"): `\\b` after "Kovač" never held, `[A-Z][a-z]+` never read "Ayşe".
const AFTER_CAPITAL = literalPattern(`${WORD_EDGE}(\\p{Lu}\\p{Ll}+)\\.? `, WORD_EDGE, 'u');
const AFTER_HONORIFIC = literalPattern('\\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Sir|Dame|Lord|Lady)\\.? ', '\\b');
const AFTER_GIVEN = literalPattern(`${WORD_EDGE}(\\p{Lu}\\p{Ll}+) (?:\\p{Lu}\\. )?`, WORD_EDGE, 'u');
const BEFORE_CAPITAL = literalPattern('\\b', ' (\\p{Lu}[\\p{L}.]*)', 'u');

const BEFORE_WORD = literalPattern('\\b(\\p{Lu}[\\p{L}.]*) ', '\\b', 'u');

/** "Prince Faisal bin Turki", "Sheikh Rashid bin Saif": the copy writes an honorific (honorifics.ts) right before the name. */
function honorificOpens(name: string, text: string): boolean {
  for (const m of literalMatches(text, name, BEFORE_WORD)) if (HONORIFICS.has(m[1]!)) return true;
  return false;
}

/** Whether the copy treats this capitalised run as a person, not a company, place or thing. */
export function looksLikePerson(
  name: string,
  text: string,
  speaker: boolean,
  sentences: readonly string[] = [],
): boolean {
  const { title, bare } = splitTitle(name);
  const words = bare.split(/\s+/);
  const first = words[0]!;
  const last = surname(bare);
  // A lone word is a person only when the copy quotes it as one ("Spicer said") or titles it ("Mr. Obama").
  const titled = words.length === 1 && titledInCopy(bare, text);
  // "Sultan bin Khalid Al Nuaimi": a lower-case particle inside the name is no word of the four a name may have.
  const counted = words.filter((w, i) => i === 0 || !nameParticle(w)).length;
  if (counted > 4 || words.length > 6 || (words.length < 2 && !((speaker || titled) && bare.length > 2))) return false;
  if (words.length < 2 && US_STATES.has(bare)) return false;
  // "in Libya" twice and never titled: a lone word the copy writes as a place is none, even where a quote is
  // pinned on it ("says Libya is the biggest trouble spot").
  if (words.length < 2 && !titled && placeUsage(bare, text)) return false;
  // "Bill de Blasio", "Ursula von der Leyen": a name particle may stand lower-case inside a name, and open a surname
  // the copy titles ("Mr. van der Berg" is "van der Berg").
  const nameWord = (w: string, i: number) =>
    // "François Hollande", "José Díaz": a capital and letters of any alphabet, not only A–Z.
    // "Samir al-Haddad": a hyphened particle's surname, as the name runs read it.
    /^\p{Lu}[\p{L}\p{M}\d_'’.-]*$/u.test(w) || (i < words.length - 1 && nameParticle(w)) || HYPHEN_PARTICLE.test(w);
  if (!words.every(nameWord) || NOT_FIRST.has(first) || (words.length > 1 && closedClassGiven(first))) return false;
  // "RaÃol", "Federico de JesA": a name the copy's encoding broke (UTF-8 read as Latin-1, or cut at it).
  if (words.some((w) => /[ÃÂ][\u0080-\u00ff]|[a-z][A-Z]$/.test(w))) return false;
  // "Happy Cinco de Mayo": with a particle, a known first name, a title or a quote must say it is a person.
  const known = handFirstName(first);
  // "MSNBC’s Morning Joe", "Sen. Joe Lieberman": a lone given name the copy never writes on its own is part of a
  // longer name (a show's, or the person's written in full), not someone named by it, unless it tags a quote
  // ("Secretary of State Kerry said").
  if (words.length === 1 && known && !standsAlone(bare, text) && !speechTagged(bare, text)) return false;
  // "Prince Faisal bin Turki": an honorific the copy writes before the whole name vouches for it as a title does.
  if (words.some((w) => nameParticle(w)) && !(known || title || speaker || honorificOpens(bare, text))) return false;
  // "Within Sanders", "Against Clinton", "Never Trump": a first word the copy also writes in lower case is an
  // ordinary word a sentence or a slogan opened on, not a first name (a rank such as "Admiral" is a title).
  const lower = first.toLowerCase();
  if (
    words.length === 2 &&
    !known &&
    !title &&
    !ROLE_HEADS.has(lower) &&
    hasLiteralMatch(text, lower, WORD) &&
    // Quoted ("Rush Limbaugh said"), or introduced by what they do ("Trump spokeswoman Hope Hicks"): a person
    // whose first name is also a word.
    !speechTagged(bare, text) &&
    !roleHeadBefore(bare, text) &&
    !quotedBySurname(lower, last, text)
  )
    return false;
  if (words.length === 1 && LEAD_IN.test(first)) return false;
  // "said Oversight ranking Democrat Elijah Cummings" beside "the Oversight Committee": a lone word the copy also
  // writes before an organisation's head, never after a first name or title and never tagging a quote ("Clinton
  // said" beside "the Clinton Foundation"), is that body's short name.
  if (words.length === 1 && !titled && !speechTagged(bare, text) && bodyShortName(bare, text)) return false;
  // "Democratic-leaning New Jersey", "Tuesday’s Oklahoma": a lower-case compound or a possessive inside is no name;
  // "Ban Ki-moon … Mr. Ban" is a name written surname first, titled by its first word, with a hyphened given name.
  const surnameFirst = words.length > 1 && honorificBefore(first, text);
  // "Rosanna Fung Hoi-yan … Fung said": the hyphened given name after a surname the copy quotes or titles alone.
  const givenLast = givenAfterSurname(words) && (speaker || speechTagged(last, text) || honorificBefore(last, text));
  const compound = (w: string, i: number): boolean =>
    /-[a-z]/.test(w) && !(surnameFirst && i > 0) && !(givenLast && i === words.length - 1);
  if (words.some((w, i) => compound(w, i) || (i < words.length - 1 && /['’]s$/.test(w)))) return false;
  // "Mayor Linda Park … Park said": a known first name, titled or quoted, makes a place word ("Park", "Lee")
  // a surname, and a place's first word ("Glen", "Cape") a given name ("Prosecutor Glen Harte … Harte said");
  // untitled and unquoted, "Jackson Park", "Victoria Park" and "Glen Coe" stay places.
  const vouched = known && (title !== null || speaker || titleBefore(bare, text));
  if (PLACES.has(bare) || PLACES.has(last) || ((PLACE_STARTS.has(first) || PLACE_WORDS.has(last)) && !vouched))
    return false;
  // "said Christine Link, executive director of…": a known first name with evidence only a person has — a title or
  // honorific before the full name, a role set after it, "…," she said taking up its quote — makes a body's head
  // ("Link", "Post") a surname, as an honorific does a lone one ("Mr. Band"). A quote is not enough: "Grace Church
  // said", "Network Rail said", "Victoria Station said" (bodies speak).
  const personOnly = () =>
    (words.length === 1 && honorificBefore(bare, text)) ||
    (known &&
      (title !== null ||
        titleBefore(bare, text) ||
        hasLiteralMatch(text, bare, AFTER_HONORIFIC) ||
        apposedRoleHead(bare, text) ||
        pronounTakesQuote(bare, text)));
  if ((bodyHead(last) && !personOnly()) || words.some((w) => /^[A-Z]{2,}$/.test(w) && w.length > 3)) return false;
  // "the Brightwater Marine ferries", "the Solent Link": a person is not preceded by "the" ("the Obama
  // administration" excepted: a lone word the copy also titles is a name used as an adjective). A known
  // first name written mostly without it ("the Bill Clinton years" once, "Bill Clinton is…" four times),
  // whose surname the copy also gives an honorific ("Mr. Clinton"), is a person's name used as an adjective.
  // "the Eric Trump Foundation" names the foundation, not the run: only a "the" the run itself ends counts.
  const theRuns = [...literalMatches(text, bare, THE_RUN)];
  const withThe = theRuns.length;
  const adjective =
    (known && honorificBefore(last, text) && withThe * 2 < [...literalMatches(text, bare, WORD)].length) ||
    // "officials from the Hillary Clinton campaign … Clinton said": every "the" run goes on with what a person
    // has, the surname alone is used as only a person's is, and no other first name shares it ("the Bill Clinton
    // years" beside Mrs. Clinton's quotes is not his).
    (theRuns.every((m) => PERSONS_AFTER_THE.test(text.slice(m.index + m[0].length))) &&
      !otherFirstName(first, last, text) &&
      surnamePersonEvidence(last, text)) ||
    // "the Susan Hadley way" beside "said Susan Hadley": the full name, without "the", quoted or given a person's
    // role or title, the surname used alone as only a person's is and no namesake sharing it: a person's name used as
    // an adjective. The bare surname quoted is not enough ("the Charlotte Observer said", "the Observer said").
    (known &&
      withThe > 0 &&
      surnamePersonEvidence(last, text) &&
      !otherFirstName(first, last, text) &&
      (speechTagged(bare, text.replace(new RegExp(`\\b[Tt]he ${escapeRegExp(bare)}${WORD_EDGE}`, 'g'), 'the thing')) ||
        personOnly() ||
        roleHeadBefore(bare, text)));
  if (!titled && withThe > 0 && !adjective) return false;
  // "told Politico", "an analyst at Morgan Stanley": used as an organisation and never as a person.
  if (!title && !titled && organizationUsage(bare, text, known)) return false;
  // "the tech news site Pando", "Latino Decisions, a public opinion research group": the copy says what it is.
  if (!title && !titled && !known && definedAsBody(bare, text)) return false;
  // "Trump National Doral": a surname the copy writes after someone's first name, opening an unquoted run
  // whose last word the copy never writes after a first name or title, names a thing after that person
  // (quoted, "Osman Abu Laban" is a person whose first name is someone else's surname).
  if (words.length > 1 && !title && !known && !speaker && surnameInCopy(first, text) && !titledInCopy(last, text))
    return false;
  if (title || handFirstName(first) || /^[A-Z]\.$/.test(words[1] ?? '')) return true;
  if (listedFirstName(words, text, sentences)) return true;
  const honorific = honorificBefore(last, text);
  const pronoun = hasLiteralMatch(text, bare, PRONOUN_AFTER);
  // "Hail Trump": a surname the copy writes after a known first name is that person's, not this run's;
  // "French President FranA": a run holding a title is a title and a (here broken) name, not a person's name.
  const bySurname = !surnameInCopy(last, text) && !words.some((w) => TITLE_WORDS.test(w));
  return (
    speaker ||
    honorific ||
    pronoun ||
    roleHeadBefore(bare, text) ||
    (words.length > 1 && titleBefore(bare, text)) ||
    // "N.J. Roger Ailes, the former chairman": initials run on to a given name are a dateline's state, not his.
    (words.length > 1 &&
      !(/^(?:[A-Z]\.){2,}$/.test(first) && handFirstName(words[1]!)) &&
      apposedRoleHead(bare, text)) ||
    (bySurname && surnameAsPerson(last, sentences)) ||
    (words.length === 2 && soleSurname(first, last, text))
  );
}

/**
 * "Japan Prime Minister Shinzo Abe", "Chinese President Xi Jinping": the copy writes an office a person
 * holds right before the full name, so it names a person even when the first name is in no table.
 */
function titleBefore(name: string, text: string): boolean {
  for (const m of literalMatches(text, name, AFTER_CAPITAL)) if (TITLE_WORDS.test(m[1]!)) return true;
  return false;
}

/**
 * "Rush Limbaugh argued… 'Limbaugh said'": the copy quotes the surname alone, so the run is that speaker's full
 * name, unless its first word is a function word or an adverb ("Against Clinton… Clinton said", "Never Trump"),
 * which opens a sentence or a slogan, never a name.
 */
function quotedBySurname(first: string, last: string, text: string): boolean {
  if (NOT_MODIFIER.test(first) || /^(?:never|ever|once|soon|already|always|often|again|\w+ly)$/.test(first))
    return false;
  return speechTagged(last, text);
}

/** "Mr. Clinton", "Sen. Cruz": the copy writes the surname after an honorific, as only a person's is. */
function honorificBefore(surname: string, text: string): boolean {
  return hasLiteralMatch(text, surname, AFTER_HONORIFIC);
}

/** States are named alone far more often than people are ("California", "Georgia"). */
export const US_STATES = new Set(
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
  Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
  Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming`.split(
    /\s+/,
  ),
);

/** "Mr. Obama", "President Obama", "Hillary Clinton": the copy writes the lone word after a title or a first name. */
function titledInCopy(word: string, text: string): boolean {
  for (const m of literalMatches(text, word, AFTER_CAPITAL)) {
    const before = m[1]!;
    if (HONORIFICS.has(before) || TITLE_WORDS.test(before) || handFirstName(before)) return true;
  }
  return false;
}

/**
 * "Donald Trump", "Donald J. Trump": the copy writes the word right after a known first name. Not
 * after "Mr.": "Mr. Lou" is Lou Jiwei, whose surname comes first.
 */
function surnameInCopy(word: string, text: string): boolean {
  for (const m of literalMatches(text, word, AFTER_GIVEN)) {
    if (handFirstName(m[1]!)) return true;
  }
  return false;
}

/** "Bill Clinton" beside "Hillary Clinton": the copy writes the surname after a known first name other than this one. */
export function otherFirstName(first: string, word: string, text: string): boolean {
  for (const m of literalMatches(text, word, AFTER_GIVEN)) {
    if (m[1] !== first && handFirstName(m[1]!)) return true;
  }
  return false;
}

/** "Oversight" of "the Oversight Committee": the word opens an organisation's name in the copy. */
function bodyShortName(word: string, text: string): boolean {
  for (const m of literalMatches(text, word, BEFORE_CAPITAL)) if (ORG_HEADS.has(m[1]!)) return true;
  return false;
}
