import { boundedMemo } from './bounded-memo';
import { descriptorObject } from './descriptor-object';
import { escapeRegExp } from './escape-reg-exp';
import { literalMatches, literalPattern } from './literal-matches';
import { roleBeforeActor } from './role-before-actor';
import { isRoleHead } from './role-heads';
import { cueRate } from './speech-cues';
import { SPEECH_VERBS } from './speech-verbs';
import { textOccurrences } from './text-occurrences';

/** What may stand between a name and its verb: "(I-Vt.)", ", R-Texas,", ", a Tennessee Republican,". */
const ASIDE = /^(?:\s*\([^)]{0,40}\))?(?:,(?:\s*[^,.;"“”]{1,100},)?)?/;
const VERB_AFTER =
  /^\s+(?:(?:has|had|have|also|later|then|again|once|recently|publicly|previously|repeatedly)\s+){0,2}([a-z]+)\b/;
/** Forms the speech verbs leave out: "Lu Kang repeated that…", "has written to Tony Blair demanding…", "remembered how". */
const EXTRA_VERBS = new Set(['repeated', 'written', 'remembered']);
/**
 * A verb PolNeAR's annotators mark as an attribution's cue at least this often (speech-cues.ts, learned on train):
 * "Gov. X reiterated", "Sen. X defended", "X pointed to" make a source of a person the hand list of speech verbs
 * leaves named in passing; "used", "wants" or "decided" (a third of the time or less) do not. At 0.5 dev gained two
 * more sources, but train's gains were a third wrong ("titled", "showed", "refused" after another subject): 0.7.
 */
const LEARNED_CUE = 0.7;

/**
 * A verb whose subject is an attribution's source: a speech verb, or one the annotators mostly mark as a cue. Not an
 * adverb ("Fidel Castro reportedly has lived"), nor "according", whose source comes after it ("Justice Stephen
 * Breyer, according to his biography" names the biography's subject, not its source).
 */
const attributionVerb = (verb: string): boolean =>
  SPEECH_VERBS.has(verb) ||
  EXTRA_VERBS.has(verb) ||
  (cueRate(verb) >= LEARNED_CUE && !/ly$/.test(verb) && verb !== 'according');
/** "Beth Wilkinson did not respond", "Don Stewart wouldn’t say", "also declined": a source asked, who gave no answer. */
const NO_ANSWER =
  /^\s+(?:(?:also|again|still)\s+)?(?:(?:did not|didn['’]t|would not|wouldn['’]t|could not|couldn['’]t)\s+(?:immediately\s+)?(?:respond|return|comment|say|answer|reply|elaborate|be reached)|declined|refused)\b/;
/**
 * "said Sen. Rand Paul", "said Harbor Metrics researcher Nadia Ferrante", "the letter by Flynn’s attorney Robert
 * Kelner", "according to analyst Pia Mott": a verb or a statement noun, then the name's title and role words.
 */
const NAMED_BEFORE =
  /\b(said|says|added|adds|wrote|writes|according to|(?:letter|statement|memo|e-?mail|tweet|demand|warning|remarks|comments|interview|op-ed)\s+(?:by|from))\s+((?:[\w.’'-]+\s+){0,5})$/;
const TITLE_WORD = /^(?:[A-Z][\w.’'-]*|of|the|[\w-]+['’]s)$/;

/** A word of a titled name: a title's or an initial's abbreviation ("Sen.", "J.") or a capitalised word. */
const NAME_WORD = "(?:(?:Sens?|Reps?|Govs?|Lt|Gen|Col|Capt|Sgt|Adm|Dr|Mr|Mrs|Ms|Prof|Rev|[A-Z])\\.|[A-Z][\\w'’-]*)";
const ITEM = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,5}`;
/**
 * ", Rep. Tom Field and Rep. Lena Voss", " and Rep. Tom Field and Mayor Lena Voss": the rest of a coordination the
 * name opens or stands in, commas or "and" between names, the last joined by "and" (a stop ends a name only after a
 * title's or an initial's abbreviation, so "Tully and Grant. Officials said" is two sentences).
 */
const COORDINATED = new RegExp(`^(?:(?:\\s*,\\s+(?:and\\s+)?|\\s+and\\s+)${ITEM}){0,4}(?:\\s*,)?\\s+and\\s+${ITEM}`);
/**
 * The names of a list back to the lower-case word before it: "campaigned for Sen. Ana Ruiz and Rep. ". A title's
 * own small words are read through ("former Secretary of State Hillary Clinton", "The chairman of the Joint Chiefs
 * of Staff, Gen. Joseph F. Dunford Jr."): their "of" makes no object.
 */
const LIST_BEFORE = new RegExp(`\\b([a-z]+)[\\s,]+(?:(?:${NAME_WORD}|and|of|the|former)[\\s,]+)*$`);
/**
 * "Dockers who campaigned for Sen. Ana Ruiz and Rep. Tom Field said", "aides to Rep. Lena Voss said": a preposition
 * before the list makes its names an object, and the verb after them has another subject. Left out: "after",
 * "before", "since" and "until" also open a clause ("After Sen. Ana Ruiz said"), "including" and "like" name
 * members of the subject ("lawmakers, including Sen. Ana Ruiz, said").
 */
const OBJECT_OF = new Set(
  'for to with by from against about on at behind toward towards between among than into onto upon via alongside besides without under over through around beside near versus'.split(
    ' ',
  ),
);

/**
 * The lower-case word before a list of names: "an adviser to then-President George W. Bush" reads through the
 * hyphened "then-", and "a friendship with Muslim aide Huma Abedin" through a role word at most one word after a
 * preposition, so both names are objects and the verb after them another subject's. "According to Yahoo News, Clinton
 * spokesman X said" and "University of North Carolina at Chapel Hill professor X" keep the role word as the opener.
 */
function listOpener(before: string): string | undefined {
  const rest = before.replace(/\b(?:then|ex)-(?=\p{Lu})/gu, '');
  const m = LIST_BEFORE.exec(rest);
  if (!m || !isRoleHead(m[1]!)) return m?.[1];
  const lead = /\b([a-z]+)\s+(?:[\p{L}-]+\s+)?$/u.exec(rest.slice(0, m.index));
  return lead && OBJECT_OF.has(lead[1]!) ? lead[1] : m[1];
}

/** The name written whole, compiled once. */
const MENTION = literalPattern("(?<![\\w'’-])", "(?![\\w'’-])");

function namedBefore(before: string): boolean {
  const m = NAMED_BEFORE.exec(before);
  if (!m) return false;
  const words = m[2]!.split(/\s+/).filter(Boolean);
  return m[1] === 'according to' || words.every((w) => TITLE_WORD.test(w) || isRoleHead(w));
}

/**
 * A person named once belongs in who is who's reading when the copy makes them a source (whoIsWhoSpoke) or
 * introduces them with their role after the name ("Eva Resnick-Day, an activist for the environmental group
 * Greenpeace,"): whoIsWhoIntroduced. A politician named in passing ("a challenge from Senator Bernie Sanders of
 * Vermont", "President Barack Obama's signature achievement") is neither, title or no title.
 */
export const whoIsWhoSource = (names: string[], role: string | null, text: string): boolean =>
  whoIsWhoIntroduced(names, role, text) || whoIsWhoSpoke(names, text);

/**
 * Given a role right after the name ("Tim Canova, a law professor and political newbie, has the backing of…"): named
 * once with nothing said, no protagonist by the issue's "quoted or named twice or more", but someone a reader meets.
 */
function whoIsWhoIntroduced(names: string[], role: string | null, text: string): boolean {
  if (!role) return false;
  // "Gov. Charlie Baker, a Republican," shown "Governor (Republican)" (office-over-party.ts): the party in brackets is
  // the apposition that introduced him.
  const heads = [role.split(/\s+/)[0]!, /\((\S+)\)$/.exec(role)?.[1]].filter((h) => h !== undefined);
  // Read at each place the name is written (textOccurrences: every start, overlaps included, as the pattern's own scan
  // tried them), not by a pattern per name over the whole copy: a roster of n names read the copy n times.
  return heads.some((head) => {
    const after = roleAfter(head);
    return names.some((name) =>
      textOccurrences(text, name).some((at) => {
        after.lastIndex = at + name.length;
        return after.test(text);
      }),
    );
  });
}

/**
 * What follows a name its role introduces, read where the name ends: "(I-Vt.), a", ", the", then the role's first
 * word. The aside is bounded as ASIDE's is: an unclosed "(" after each mention would otherwise read to the copy's end.
 */
const roleAfter = boundedMemo(
  (head: string) => new RegExp(`(?:\\s*\\([^)]{0,40}\\))?,\\s+(?:(?:the|a|an)\\s+)?${escapeRegExp(head)}`, 'y'),
  256,
);

/**
 * Quoted in reported speech: the subject of a speech verb ("Sen. Bernie Sanders (I-Vt.) said Sunday", "Lu Kang
 * repeated", "Alex Seitz-Wald tweeted"), of a "no answer" ("did not respond"), or the name words are tagged with
 * ("said analyst Pia Mott", "according to X").
 */
const whoIsWhoSpoke = (names: string[], text: string, unmasked?: string): boolean =>
  names.some((name) => spokeOnce(name, text, unmasked));

/**
 * Which of the two a person named once is: "introduced" only when the copy does not make them a source too.
 * `unmasked`: when `text` is the copy with its quotations blanked, the copy itself (literal-matches.ts).
 */
export function whoIsWhoSourceKind(
  names: string[],
  role: string | null,
  text: string,
  unmasked?: string,
): { source: boolean; introduced: boolean } {
  const source = whoIsWhoSpoke(names, text, unmasked);
  // "Regional Commissioner Anna Mghwira ordered …": a role before the name of a past act's subject introduces her too.
  return {
    source,
    introduced: !source && (whoIsWhoIntroduced(names, role, text) || roleBeforeActor(names, role, unmasked ?? text)),
  };
}

/** A subordinator opening a supposed clause right before the name: "whatever", "if", "unless", "no matter what". */
const SUPPOSED = /\b(?:whatever|if|unless|whether|no matter (?:what|how))\s+$/i;

/** The name as the subject of a speech verb or a "no answer", or after "said"/"according to" and title words. */
function spokeOnce(name: string, text: string, unmasked?: string): boolean {
  for (const m of literalMatches(text, name, MENTION, unmasked)) {
    const rest = text.slice(m.index + name.length, m.index + name.length + 160);
    const next = rest.slice(ASIDE.exec(rest)![0].length);
    // "Sen. Ana Ruiz, Rep. Tom Field and Rep. Lena Voss said": every name of a list a speech verb follows is its
    // subject, unless a preposition before the list makes the names its object.
    const list = COORDINATED.exec(rest);
    const joined = list ? null : COORDINATED.exec(next);
    const after = list ? rest.slice(list[0].length) : joined ? next.slice(joined[0].length) : next;
    const verb = VERB_AFTER.exec(after);
    if ((verb && attributionVerb(verb[1]!)) || NO_ANSWER.test(after)) {
      const before = text.slice(Math.max(0, m.index - 160), m.index);
      // "Whatever Rowan Pike says, …", "unless the mayor's rival, Ann Lee, objects": the clause is a supposition, and
      // its subject may never have spoken (review 51, B-r51-6).
      if (SUPPOSED.test(before)) continue;
      // "One owner in western Queensland told us": the name is where the unnamed speaker is (audit B-a60-1).
      if (descriptorObject(before.slice(before.search(/[^.!?\n]*$/)).trimStart())) continue;
      // "On Tuesday, Kevin Brady, chairman of …, said": a comma right before a name no coordination goes on from
      // closes a fronted phrase, whose preposition has its own object ("Tuesday"); a list's items before its "and"
      // ("for Sen. Ana Ruiz, Rep. Tom Field and …") are still read as the preposition's.
      const fronted = !list && !joined && /,\s*$/.test(before);
      const object = fronted ? undefined : listOpener(before);
      if (!(object && OBJECT_OF.has(object))) return true;
    }
    if (namedBefore(text.slice(Math.max(0, m.index - 80), m.index))) return true;
  }
  return false;
}
