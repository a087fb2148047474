import type { Analysis, Entity } from './analysis-types';
import { DEPARTMENTS } from './departments';
import { escapeRegExp } from './escape-reg-exp';
import { FEMALE_NAMES, MALE_NAMES } from './first-names';
import { HONORIFICS } from './honorifics';
import { missedProtagonists } from './missed-protagonists';
import { organizationUsage } from './organization-usage';
import { ownRole } from './own-role';
import { personUsage } from './person-usage';
import { PLACE_WORDS, PLACES } from './place-words';
import { roleOf, splitTitle, TITLE_WORDS } from './role-of';
import { surnameAsPerson } from './surname-as-person';

/**
 * Who is who: the protagonists (everyone quoted, or named twice or more) with the role the copy
 * gives THAT person, whole; people only. Capitalised runs that are companies, places, events or
 * laws ("Brightwater Marine", "Port Ellis", "Affordable Care Act") are not people, and a role
 * is kept only when the copy puts it right next to that person's own name, so a husband's
 * title is never given to his wife who shares the surname.
 */
export interface WhoIsWho {
  people: Array<{ name: string; role: string | null }>;
  organizations: string[];
}

type WhoInput = Pick<Analysis, 'sentences' | 'entities' | 'quotes' | 'statements'>;

/** Last words of capitalised runs that name things, not people. */
const THING_HEADS = new Set(
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
    'Women Men District Protection Economics Watchdog Cowboys Future Together'
  ).split(' '),
);
/** First words of places: "Port Ellis", "Mount Vernon", "Lake Placid". */
const PLACE_STARTS = new Set(
  'Port Mount Lake Fort Saint St St. Cape Isle Glen North South East West New San Santa United'.split(' '),
);

function countWord(text: string, word: string): number {
  if (word.length < 2) return 0;
  return (text.match(new RegExp(`(?<![\\w'’-])${escapeRegExp(word)}(?![\\w-])`, 'g')) ?? []).length;
}

/**
 * What a multi-word run typed as a person really is, when its own words or the copy say so:
 * "Port Ellis" a place, "Brightwater Marine" (or anything the copy writes as "the X") an organisation.
 */
export function nonPersonKind(name: string, text: string): 'organization' | 'place' | null {
  const words = name.split(/\s+/);
  if (words.length < 2 || HONORIFICS.has(words[0]!) || TITLE_WORDS.test(words[0]!)) return null;
  // "Lisa Park", "Anna Day": a first name makes the run a person, whatever its last word.
  if (MALE_NAMES.has(words[0]!) || FEMALE_NAMES.has(words[0]!)) return null;
  const last = words[words.length - 1]!;
  if (PLACES.has(name) || PLACES.has(last) || PLACE_STARTS.has(words[0]!) || PLACE_WORDS.has(last)) return 'place';
  if (THING_HEADS.has(last) || new RegExp(`\\b[Tt]he ${escapeRegExp(name)}\\b`).test(text)) return 'organization';
  return null;
}

/** Whether the copy treats this capitalised run as a person, not a company, place or thing. */
function looksLikePerson(name: string, text: string, speaker: boolean, sentences: readonly string[] = []): boolean {
  const { title, bare } = splitTitle(name);
  const words = bare.split(/\s+/);
  const first = words[0]!;
  const last = words[words.length - 1]!;
  // A lone word is a person only when the copy quotes it as one ("Spicer said") or titles it ("Mr. Obama").
  const titled = words.length === 1 && titledInCopy(bare, text);
  if (words.length > 4 || (words.length < 2 && !((speaker || titled) && bare.length > 2))) return false;
  if (words.length < 2 && US_STATES.has(bare)) return false;
  if (!words.every((w) => /^[A-Z][\w'’.-]*$/.test(w)) || NOT_FIRST.has(first)) return false;
  if (words.length === 1 && LEAD_IN.test(first)) return false;
  // "Democratic-leaning New Jersey", "Tuesday’s Oklahoma": a lower-case compound or a possessive inside is no name.
  if (words.some((w, i) => /-[a-z]/.test(w) || (i < words.length - 1 && /['’]s$/.test(w)))) return false;
  if (PLACES.has(bare) || PLACES.has(last) || PLACE_STARTS.has(first) || PLACE_WORDS.has(last)) return false;
  if (THING_HEADS.has(last) || words.some((w) => /^[A-Z]{2,}$/.test(w) && w.length > 3)) return false;
  // "the Brightwater Marine ferries", "the Solent Link": a person is not preceded by "the" ("the Obama
  // administration" excepted: a lone word the copy also titles is a name used as an adjective).
  if (!titled && new RegExp(`\\b[Tt]he ${escapeRegExp(bare)}\\b`).test(text)) return false;
  // "told Politico", "an analyst at Morgan Stanley": used as an organisation and never as a person.
  const firstName = MALE_NAMES.has(first) || FEMALE_NAMES.has(first);
  if (!title && !titled && organizationUsage(bare, text, firstName)) return false;
  // "Trump National Doral": a surname the copy writes after someone's first name, opening an unquoted run
  // whose last word the copy never writes after a first name or title, names a thing after that person
  // (quoted, "Osman Abu Laban" is a person whose first name is someone else's surname).
  if (words.length > 1 && !title && !firstName && !speaker && surnameInCopy(first, text) && !titledInCopy(last, text))
    return false;
  if (title || MALE_NAMES.has(first) || FEMALE_NAMES.has(first) || /^[A-Z]\.$/.test(words[1] ?? '')) return true;
  const surname = escapeRegExp(last);
  const honorific = new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Dr|Sen|Rep|Gov|Sir|Dame|Lord|Lady)\\.? ${surname}\\b`).test(text);
  const pronoun = new RegExp(`${escapeRegExp(bare)}[^.]{0,80}\\b(?:he|she|his|her)\\b`).test(text);
  // "Hail Trump": a surname the copy writes after a known first name is that person's, not this run's;
  // "French President FranA": a run holding a title is a title and a (here broken) name, not a person's name.
  const bySurname = !surnameInCopy(last, text) && !words.some((w) => TITLE_WORDS.test(w));
  return speaker || honorific || pronoun || (bySurname && surnameAsPerson(last, sentences));
}

/** States are named alone far more often than people are ("California", "Georgia"). */
const US_STATES = new Set(
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois
  Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri
  Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Wisconsin Wyoming`.split(
    /\s+/,
  ),
);

/** "Mr. Obama", "President Obama", "Hillary Clinton": the copy writes the lone word after a title or a first name. */
function titledInCopy(word: string, text: string): boolean {
  for (const m of text.matchAll(new RegExp(`\\b([A-Z][a-z]+)\\.? ${escapeRegExp(word)}\\b`, 'g'))) {
    const before = m[1]!;
    if (HONORIFICS.has(before) || TITLE_WORDS.test(before) || MALE_NAMES.has(before) || FEMALE_NAMES.has(before))
      return true;
  }
  return false;
}

/**
 * "Donald Trump", "Donald J. Trump": the copy writes the word right after a known first name. Not
 * after "Mr.": "Mr. Lou" is Lou Jiwei, whose surname comes first.
 */
function surnameInCopy(word: string, text: string): boolean {
  for (const m of text.matchAll(new RegExp(`\\b([A-Z][a-z]+) (?:[A-Z]\\. )?${escapeRegExp(word)}\\b`, 'g'))) {
    if (MALE_NAMES.has(m[1]!) || FEMALE_NAMES.has(m[1]!)) return true;
  }
  return false;
}

/** Sentence openers a name run can swallow: "Using Ted Cruz", "Significantly Trump", "Six Gannett". */
const LEAD_IN =
  /^(?:[A-Z][a-z]+ly|[A-Z][a-z]{3,}ing|Well|Because|Maybe|Neither|Nor|Either|Is|Although|Though|Besides|Outside|Anyone|Continued|Also|Even|Still|Now|Meanwhile|However|Yes|No|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Billionaire|Vermonter|Iron|State|Former|Like|Unlike|Then|Dear|Thanks|During|Without|Once|Absent|Another|Can|Could|Should|Would|Will|Had|Has|Have|Having|Here[’']s|There[’']s|Sure|See)$/;

/**
 * The name without words the run picked up before it: a sentence opener ("Using Ted Cruz"), or
 * capitalised words before a known first name ("Billionaire Donald Trump", "Pastor Kevin Swanson").
 */
export function withoutLeadIn(name: string): string {
  const words = name.split(/\s+/);
  if (HONORIFICS.has(words[0]!) || TITLE_WORDS.test(words[0]!)) return name;
  // "During Mr. Clinton", "Should Mr. Trump": the name starts at its honorific.
  const honorific = words.findIndex((w, j) => j > 0 && j < words.length - 1 && /^(?:Mr|Mrs|Ms|Dr)\.?$/.test(w));
  if (honorific > 0) return words.slice(honorific).join(' ');
  let i = 0;
  while (i < words.length - 1 && LEAD_IN.test(words[i]!) && !MALE_NAMES.has(words[i]!) && !FEMALE_NAMES.has(words[i]!))
    i++;
  const first = words.findIndex((w, j) => j >= i && (MALE_NAMES.has(w) || FEMALE_NAMES.has(w)));
  if (first > i && first - i <= 2 && first < words.length - 1) {
    const before = words.slice(i, first);
    if (before.every((w) => /^[A-Z][a-z]+$/.test(w) && !MALE_NAMES.has(w) && !FEMALE_NAMES.has(w))) i = first;
  }
  return words.slice(i).join(' ');
}

/** Capitalised words that open a sentence or a clause, never a first name. */
const NOT_FIRST = new Set(
  'The A An His Her Their Its But And Or So Then When While After Before If As At In On By For From With Said Says What Who Why How Where Which Mr Mrs Ms Miss Dr Sir Many Some Most Several Other All Few Both Did Does Candidate'.split(
    ' ',
  ),
);

/**
 * The fullest form of a name the copy writes: "Dana F. Whitley" for "Whitley" or for "Dana F"
 * (a name cut at an initial), without a leading title.
 */
function wholeName(name: string, text: string): string {
  const words = name.split(/\s+/);
  const initialCut = /^[A-Z]\.?$/.test(words[words.length - 1]!);
  if (words.length > 1 && !initialCut) return name;
  if (initialCut) {
    const rest = new RegExp(`\\b${escapeRegExp(name.replace(/\.$/, ''))}\\.?\\s+([A-Z][\\w'’-]+)`).exec(text)?.[1];
    return rest ? `${name.replace(/\.?$/, '.')} ${rest}` : name;
  }
  let best = name;
  for (const m of text.matchAll(new RegExp(`((?:[A-Z][\\w'’-]*\\.?\\s+){1,4})${escapeRegExp(name)}\\b`, 'g'))) {
    let run = m[1]!.trim().split(/\s+/);
    // "Monday. Councillor Dana F. Whitley": a sentence ends at a full stop after a word, not after an initial.
    const stop = run.findLastIndex(
      (w) => /\.$/.test(w) && !/^[A-Z]\.$/.test(w) && !HONORIFICS.has(w) && !TITLE_WORDS.test(w),
    );
    // "Governor of New York Cuomo": a place or department before the name is no part of it.
    const place = run.findLastIndex(
      (w, i) => PLACES.has(w) || PLACE_WORDS.has(w) || DEPARTMENTS.has(w) || PLACES.has(`${run[i - 1]} ${w}`),
    );
    run = run.slice(Math.max(stop, place) + 1);
    while (
      run.length > 0 &&
      (NOT_FIRST.has(run[0]!) || HONORIFICS.has(run[0]!.replace(/\.$/, '')) || TITLE_WORDS.test(run[0]!))
    )
      run.shift();
    const candidate = [...run, name].join(' ');
    if (run.length > 0 && candidate.length > best.length) best = candidate;
  }
  return best;
}

/**
 * Long enough for the protagonists of a long political story (on PolNeAR train, people with two or
 * more annotated attributions listed: 8 -> 0.70, 12 -> 0.72, unlimited 0.74), short enough to read.
 */
const MAX_PEOPLE = 12;

/**
 * One line per person: "Jeh Johnson" and "Homeland Security Secretary Jeh Johnson" (a title the
 * run kept), or the same name found twice, keep the first, heaviest, entry (and a role if only the other has one).
 */
function dropRepeats<T extends { name: string; role: string | null }>(people: T[]): T[] {
  const kept: T[] = [];
  for (const p of people) {
    const same = kept.find((k) => k.name === p.name || k.name.endsWith(` ${p.name}`) || p.name.endsWith(` ${k.name}`));
    if (!same) kept.push(p);
    else if (!same.role && p.role) same.role = p.role;
  }
  return kept;
}

/** Everyone quoted or named twice or more, with the role the copy gives them; organisations named twice or more. */
export function whoIsWho(analysis: WhoInput, maxPeople = MAX_PEOPLE, maxOrganizations = 5): WhoIsWho {
  const sentenceTexts = analysis.sentences.map((s) => s.text);
  const text = sentenceTexts.join(' ');
  const speakers = new Set<string>();
  for (const q of analysis.quotes) if (q.speaker) speakers.add(q.speaker);
  for (const s of analysis.statements) speakers.add(s.speaker);
  const spoke = (e: Entity): boolean => {
    const last = e.name.split(/\s+/).pop()!;
    return [...speakers].some((s) => s === e.name || s.split(/\s+/).pop() === last);
  };
  const people: Array<{ name: string; role: string | null; weight: number; order: number }> = [];
  const organizations: Array<{ name: string; count: number }> = [];
  analysis.entities.forEach((found, order) => {
    // "Donald Trump." at a sentence end: the full stop is not part of the name (an initial's is).
    const entity = { ...found, name: withoutLeadIn(found.name).replace(/([a-z]{2})\.$/, '$1') };
    if (entity.type === 'person' && looksLikePerson(entity.name, text, spoke(entity), sentenceTexts)) {
      const bare = splitTitle(withoutLeadIn(wholeName(splitTitle(entity.name).bare, text))).bare;
      const mentions = countWord(text, bare.split(/\s+/).pop()!);
      const role = roleOf(entity.name, entity.role, text);
      // Protagonists: quoted, or named twice or more; someone named once with a role still says who is involved.
      // A role the copy gives counts like a mention and a half: the source introduced as "a Democratic
      // pollster" is someone to call, and outranks a name that merely recurs.
      if (!spoke(entity) && mentions < 2 && !role) return;
      people.push({ name: bare, role, weight: mentions + (spoke(entity) ? 2 : 0) + (role ? 1.5 : 0), order });
      return;
    }
    if (entity.type === 'place' || PLACES.has(entity.name) || PLACE_STARTS.has(entity.name.split(' ')[0]!)) return;
    // A run typed as a person that fails the person checks ("Brightwater Marine", "Kestrel Harbour") is an
    // organisation, unless the copy still uses it as a person ("named the suspect as Syed Farook").
    if (
      entity.type === 'organization' ||
      (entity.type === 'person' &&
        entity.name.includes(' ') &&
        (nonPersonKind(entity.name, text) === 'organization' ||
          organizationUsage(entity.name, text, false) ||
          !personUsage(entity.name, text)))
    ) {
      const count = countWord(text, entity.name);
      if (count >= 2 && entity.name.length > 2) organizations.push({ name: entity.name, count });
    }
  });
  // "Bill Clinton" and "Hillary Clinton" share a surname: each full name the copy writes out is its own person.
  for (const p of [...people]) {
    const words = p.name.split(/\s+/);
    if (words.length < 2) continue;
    const surname = words[words.length - 1]!;
    for (const m of text.matchAll(new RegExp(`\\b([A-Z][a-z]+) ${escapeRegExp(surname)}\\b`, 'g'))) {
      const name = `${m[1]} ${surname}`;
      if (NOT_FIRST.has(m[1]!) || HONORIFICS.has(m[1]!) || TITLE_WORDS.test(m[1]!) || LEAD_IN.test(m[1]!)) continue;
      if (people.some((q) => q.name.endsWith(name) || q.name.startsWith(`${m[1]} `))) continue;
      // A known first name, or a full name the copy writes out twice: not "Did Trump" or "Candidate Trump".
      if (!(MALE_NAMES.has(m[1]!) || FEMALE_NAMES.has(m[1]!)) && countWord(text, name) < 2) continue;
      if (!looksLikePerson(name, text, false)) continue;
      people.push({ name, role: roleOf(name, undefined, text), weight: p.weight, order: p.order + 0.5 });
    }
  }
  for (const { name, mentions } of missedProtagonists(
    text,
    people.map((p) => p.name),
  )) {
    if (looksLikePerson(name, text, false, sentenceTexts))
      people.push({ name, role: roleOf(name, undefined, text), weight: mentions, order: analysis.entities.length });
  }
  // "Digby" beside "Digby Jones": the lone word is the same person, already listed.
  const full = people.filter((p) => p.name.includes(' '));
  const distinct = people.filter(
    (p) => p.name.includes(' ') || !full.some((f) => f.name.split(/\s+/).includes(p.name)),
  );
  // Most mentioned first: the protagonists lead the list, and a cut drops the minor names.
  const chosen = dropRepeats(distinct.sort((a, b) => b.weight - a.weight || a.order - b.order)).slice(0, maxPeople);
  return {
    people: chosen.map(({ name, role }) => ({ name, role: ownRole(name, role, chosen, text) })),
    organizations: organizations
      .sort((a, b) => b.count - a.count)
      .slice(0, maxOrganizations)
      .map((o) => o.name),
  };
}
