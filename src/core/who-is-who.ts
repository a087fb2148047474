import { addSameSurnamePeople } from './add-same-surname-people';
import type { Analysis, Entity } from './analysis-types';
import type { JoinedTitles } from './and-joined-office';
import { barePossessorRole } from './bare-possessor-role';
import { campusRole } from './campus-role';
import { copyHonorific } from './copy-honorific';
import { doubleSurnamePart } from './double-surname-part';
import { dropRepeats } from './drop-repeats';
import { givenNameAlone } from './given-name-alone';
import { headingPerson } from './heading-person';
import { HONORIFICS } from './honorifics';
import { knightUnresolved } from './knight-given-name';
import { labelledPeople } from './labelled-people';
import { countWord } from './literal-matches';
import { looksLikePerson } from './looks-like-person';
import { maskedCopy } from './masked-copy';
import { surname } from './mentions-entity';
import { namesakeWeights } from './namesake-weights';
import { orgAcronyms } from './org-acronyms';
import { organisationEvidence } from './organisation-evidence';
import { ownRole } from './own-role';
import { particleSurname } from './particle-surname';
import { relationBeside } from './role-of';
import { singularOffice } from './singular-office';
import { splitTitle } from './split-title';
import { unnamedHonorific, unnamedNamesake } from './unnamed-namesake';
import { whoIsWhoAlsoNamed } from './who-is-who-also-named';
import { whoIsWhoCandidates } from './who-is-who-candidates';
import { whoIsWhoCopy } from './who-is-who-copy';
import { whoIsWhoEpithet } from './who-is-who-epithet';
import { whoIsWhoEvidenceSplit } from './who-is-who-evidence-split';
import { whoIsWhoGlued } from './who-is-who-glued';
import { whoIsWhoLoneWord } from './who-is-who-lone-word';
import { whoIsWhoMissed } from './who-is-who-missed';
import { whoIsWhoNamedAgain } from './who-is-who-named-again';
import { whoIsWhoOrganization } from './who-is-who-organization';
import { whoIsWhoPartners } from './who-is-who-partners';
import { whoIsWhoRole } from './who-is-who-role';
import { whoIsWhoSourceKind } from './who-is-who-source';
import { whoIsWhoSpoke } from './who-is-who-spoke';
import { whoIsWhoTitle } from './who-is-who-title';
import { whoIsWhoTyped } from './who-is-who-typed';
import { wholeName } from './whole-name';
import { withoutLeadIn } from './without-lead-in';
import { writtenAfterThe } from './written-after-the';

/**
 * Who is who: the protagonists (everyone quoted, or named twice or more) with the role the copy
 * gives THAT person, whole; people only. Capitalised runs that are companies, places, events or
 * laws ("Brightwater Marine", "Port Ellis", "Affordable Care Act") are not people, and a role
 * is kept only when the copy puts it right next to that person's own name, so a husband's
 * title is never given to his wife who shares the surname.
 */
export interface WhoIsWho {
  people: Array<{ name: string; role: string | null }>;
  /** Named once with a role and not quoted: no protagonist, shown on a line of their own (who-is-who-also-named). */
  alsoNamed?: Array<{ name: string; role: string }>;
  organizations: string[];
}

export interface Person {
  name: string;
  role: string | null;
  weight: number;
  order: number;
  named: number;
  spoke: boolean;
  source: boolean;
  introduced?: boolean;
  bonus?: number;
}

/** One definition, for the cut and the order: quoted, or named twice or more (a namesake's mentions are not theirs). */
const protagonist = (p: Person): boolean => p.spoke || p.named >= 2;

export type WhoInput = Pick<Analysis, 'sentences' | 'entities' | 'quotes' | 'statements'> &
  Partial<Pick<Analysis, 'title'>>;

/**
 * Long enough for the protagonists of a long political story (on PolNeAR train, people with two or
 * more annotated attributions listed: 8 -> 0.70, 12 -> 0.72, unlimited 0.74), short enough to read.
 */
const MAX_PEOPLE = 12;

/** Everyone quoted or named twice or more, with the role the copy gives them; organisations named twice or more. */
export function whoIsWho(analysis: WhoInput, maxPeople = MAX_PEOPLE, maxOrganizations = 5): WhoIsWho {
  const sentenceTexts = analysis.sentences.map((s) => s.text);
  const text = whoIsWhoCopy(analysis.sentences);
  // The same surnames are counted for many names ("Trump", "Donald Trump", "Mr. Trump"): once per call.
  const counts = new Map<string, number>();
  const counted = (word: string): number => {
    if (!counts.has(word)) counts.set(word, countWord(text, word));
    return counts.get(word)!;
  };
  const speakers = new Set<string>();
  for (const q of analysis.quotes) if (q.speaker) speakers.add(q.speaker);
  for (const s of analysis.statements) speakers.add(s.speaker);
  // Sets, not a scan of every speaker per name: a pasted list of 800 people would make that quadratic.
  const spokeName = whoIsWhoSpoke(speakers, analysis.entities, text);
  // Every person's role is asked in this one copy: the joined titles read once (and-joined-office.ts).
  const titles: JoinedTitles = new Map();
  const spoke = (e: Pick<Entity, 'name'>): boolean => spokeName(e.name);
  // bonus: the part of the weight a role gives, which ranks among people named once but never above a protagonist;
  // named: the mentions that make a protagonist (the headline's and the given name's too); source: named once as one.
  const people: Person[] = [];
  const organizations: Array<{ name: string; count: number }> = [];
  const entities = whoIsWhoCandidates(analysis.entities, text, spoke);
  const entityNames = entities.map((e) => e.name);
  const personNames = entities.filter((e) => e.type === 'person').map((e) => e.name);
  const orgNames = new Set(entities.filter((e) => e.type === 'organization').map((e) => e.name));
  const personSet = new Set(personNames);
  const labelRoles = new Map([...labelledPeople(analysis.sentences).values()].map((e) => [e.name, e.role]));
  const body = organisationEvidence(text, entityNames, orgNames);
  // The copy with its quotations blanked, made once and only when a name with no role needs it.
  let masked: string | undefined;
  const maskedText = (): string => {
    masked ??= maskedCopy(text);
    return masked;
  };
  // "Bapak Made Suardana": a form of address the copy itself shows to be one (copy-honorific.ts) is no part of the name.
  const addressed = copyHonorific(personNames, text);
  const fullBySurname = new Map<string, string[]>();
  for (const n of personNames.filter((n) => n.includes(' '))) {
    const same = fullBySurname.get(surname(n)) ?? [];
    fullBySurname.set(surname(n), same);
    same.push(n);
  }
  entities.forEach((found, order) => {
    const entity = whoIsWhoTyped(found, text, body);
    const person = (name: string) => looksLikePerson(name, text, spoke({ ...entity, name }), sentenceTexts);
    const listedPerson = (name: string) => personSet.has(name) && person(name);
    if (
      entity.type === 'person' &&
      (person(entity.name) || headingPerson(entity.name, sentenceTexts, person)) &&
      !whoIsWhoTitle(entity.name, text) &&
      // The headline counts: "Hillary Clinton Goes After…" names in full the "Clinton" the story quotes.
      !whoIsWhoLoneWord(entity.name, text, analysis.title ?? '')
    ) {
      const short = splitTitle(entity.name).bare;
      if (doubleSurnamePart(short, personNames)) return;
      // "Mr. Obama" beside "Michelle Obama" alone is not to be read as her name.
      const written = wholeName(short, text);
      const run =
        !short.includes(' ') && unnamedNamesake(short, personNames, text)
          ? { title: null, bare: short }
          : splitTitle(withoutLeadIn(written, text, entity.role));
      const whole = knightUnresolved(entity.name) ?? addressed(run.bare);
      // "Crown Prince Frederik", "Saudi Prince Alwaleed": the office the run held, when the copy gives no other role;
      // "Former House Speaker Newt Gingrich" keeps the "Former" the lead-in check took off the name.
      const former = /^Former\s/.test(written) && run.title && !/^Former\s/.test(run.title) ? 'Former ' : '';
      // "PRESENTER, ROSALIND MAHER:": a transcript's label is the office of a person only labels name (labelled-people.ts).
      const office =
        run.title && !/\./.test(run.title) && !HONORIFICS.has(run.title)
          ? former + run.title
          : (labelRoles.get(entity.name) ?? null);
      // "President Bashar al-Assad": a run cut at a hyphened particle reads on to the surname.
      const particle = whole.includes(' ') ? null : particleSurname(whole, text);
      const bare = particle ? `${whole} ${particle}` : whole;
      // "States" read whole is "the United States", always after "the": no person's name.
      if (writtenAfterThe(bare, text)) return;
      const mentions = counted(surname(bare)) + (particle ? counted(particle) : 0);
      const { role, own } = whoIsWhoRole({ entity, bare, short, office }, text, fullBySurname, orgNames, titles);
      // Protagonists: quoted, or named twice or more; someone named once with a role still says who is involved.
      // A role the copy gives counts like a mention and a half: the source introduced as "a Democratic
      // pollster" is someone to call, and outranks a name that merely recurs.
      // The headline's "Trump" is a mention too: a one-sentence story naming him once in full is about him.
      // A byline standing in for the headline ("BYLINE: Amber Phillips") names the writer, no one in the story.
      const headline = /^by(?:line)?\b/i.test(analysis.title ?? '') ? '' : (analysis.title ?? '');
      // Beside a namesake named in full ("Bill Clinton's presidency" in a story on Hillary Clinton) the headline's
      // bare "Clinton" may be either: only the full name written there names this one.
      const namesake = (fullBySurname.get(surname(bare)) ?? []).some((n) => n.split(' ')[0] !== bare.split(' ')[0]);
      const headlined = bare.includes(' ') ? countWord(headline, namesake ? bare : surname(bare)) : 0;
      // "Hillary Clinton" once, then "Hillary" alone: the given name names her too.
      // Named once and not quoted: listed only as a source the copy introduces ("Name, a Democratic pollster", "Sen.
      // Bernie Sanders (I-Vt.) said"), never as a politician named in passing ("a challenge from Senator Bernie Sanders").
      const named = mentions + headlined + givenNameAlone(bare, text);
      const beside = !!role || relationBeside(bare, text);
      // With no role beside the name, the copy's own words must make them a source ("Donald J. Trump has vowed"),
      // by the whole name: a name inside a quotation ("George Stephanopoulos told me") is the quoted speaker's report,
      // and a bare "Marsh said" may be a namesake's ("Robert Marsh's years as mayor" beside Ellen Marsh).
      const wholeNames = [entity.name, bare].filter((n) => n.includes(' ') || !bare.includes(' '));
      const { source, introduced } = beside
        ? whoIsWhoSourceKind([entity.name, bare], own, text)
        : { source: whoIsWhoSourceKind(wholeNames, null, maskedText(), text).source, introduced: false };
      // "Marsh said" read whole as "Robert Marsh": the quote is the whole name's only if the surname's speaker is his.
      const quoted = spoke(entity) && (bare === entity.name || spokeName(bare));
      if (!quoted && named < 2 && !source && !introduced) return;
      const bonus = own ? 1.5 : 0;
      const weight = mentions + (quoted ? 2 : 0) + bonus;
      people.push({ name: bare, role, weight, order, bonus, named, spoke: quoted, source, introduced });
      return;
    }
    whoIsWhoOrganization(entity, { text, sentenceTexts, counted, names: entityNames, listedPerson, organizations });
  });
  // "Bill Clinton" and "Hillary Clinton" share a surname: each full name the copy writes out is its own person.
  addSameSurnamePeople(people, text, counted, spokeName, titles, addressed);
  // "Given Obama's", "Team Clinton's", "Stop Trump": an English word glued to a surname is that person, not another.
  people.splice(0, people.length, ...whoIsWhoGlued(people, text, sentenceTexts));
  people.push(...whoIsWhoMissed(people, text, sentenceTexts, analysis.entities, entities.length, titles));
  // "Frank Newport and Jim Harter": the side of a coordination the name finder left out, ranked last.
  people.push(...whoIsWhoPartners(people, text, sentenceTexts, counted, entities.length + 1, titles));
  // "Digby" beside "Digby Jones": the lone word is the same person, already listed.
  const full = people.filter((p) => p.name.includes(' '));
  // "Mr. Obama" beside "Michelle Obama" alone: a bare surname the copy titles as no full-named namesake is.
  const fullNames = full.map((f) => f.name);
  const honorificOf = new Map<string, string | null>();
  const honorific = (name: string): string | null => {
    if (name.includes(' ')) return null;
    if (!honorificOf.has(name)) honorificOf.set(name, unnamedHonorific(name, fullNames, text));
    return honorificOf.get(name)!;
  };
  const apart = (name: string): boolean => honorific(name) !== null;
  const shown = people.filter(
    (p) =>
      (p.name.includes(' ') || apart(p.name) || !full.some((f) => f.name.split(/\s+/).includes(p.name))) &&
      !whoIsWhoEpithet(p.name, fullNames),
  );
  // The copy must say a person ("Politico responded" is none); a body ("X said in a statement") is an organisation.
  const { people: distinct, bodies } = whoIsWhoEvidenceSplit(shown, analysis.title, text, sentenceTexts);
  for (const b of bodies)
    if (!organizations.some((o) => o.name === b)) organizations.push({ name: b, count: counted(b) });
  // "Bill Clinton" once beside Hillary Clinton: the surname's mentions are hers, so he is named once, as in the weight.
  const named = distinct.map((p) => ({ name: p.name, weight: p.named }));
  namesakeWeights(distinct, counted, text, [named]);
  named.forEach((n, i) => {
    distinct[i]!.named = n.weight;
  });
  // "Maria Lopez, a nurse, … The nurse appeared in court. She will …": a role noun or a pronoun names her again.
  for (const p of distinct)
    if (!p.spoke && p.named < 2 && whoIsWhoNamedAgain(p, distinct, personNames, sentenceTexts)) p.named = 2;
  // Most mentioned first: the protagonists lead the list, and a cut drops the minor names. A protagonist is never cut
  // for someone named once as a source, who fills a free place only.
  const found = [...people.map((p) => p.name), ...entities.filter((e) => e.type === 'person').map((e) => e.name)];
  const chosen = dropRepeats(
    distinct
      .filter((p) => protagonist(p) || p.source)
      .sort((a, b) => Number(protagonist(b)) - Number(protagonist(a)) || b.weight - a.weight || a.order - b.order),
    found,
    apart,
    text,
  ).slice(0, maxPeople);
  // "President Clinton" is no more Hillary's when Bill Clinton, named in full, is left off the list: the full names
  // not listed still make a bare title anyone's (with no role of their own to share).
  const unlisted = people.filter((p) => p.name.includes(' ') && !chosen.some((c) => c.name === p.name));
  const given = (name: string): string => name.split(/\s+/)[0]!;
  const others = (name: string) =>
    unlisted.filter((p) => given(p.name) !== given(name)).map((p) => ({ ...p, role: null }));
  const introduced = distinct.filter((p) => p.introduced && !protagonist(p) && !p.source);
  return {
    // "Mr. Hollis", not "Hollis", beside "Mary Hollis": the honorific is what tells the reader which Hollis.
    people: chosen.map(({ name, role }) => ({
      name: honorific(name) ? `${honorific(name)} ${name}` : name,
      role: campusRole(
        barePossessorRole(singularOffice(ownRole(name, role, [...chosen, ...others(name)], text)), text),
        text,
      ),
    })),
    alsoNamed: whoIsWhoAlsoNamed(introduced, chosen),
    organizations: orgAcronyms(organizations, text).slice(0, maxOrganizations),
  };
}
