import type { Sentence } from './analysis-types';
import { HONORIFICS } from './honorifics';
import { mentionPremodifier } from './name-premodifier';
import type { PersonMention } from './people';
import { ROLE_HEADS } from './role-heads';

/**
 * A source introduced by name and role ("state Rep. Gilda Cobb-Hunter, a member of the committee,", "Henry
 * Crespo, president of the caucus,"): the copy's way of bringing in the person whose words come next.
 */
const INTRODUCED = /^,\s+(?:(?:a|an|the)\s|[a-z][\w-]*\s+(?:of|at|for|to)\s)/;

/**
 * "Christie's been making the case", "Trump's not backing down": the "'s" after the name is "has" or "is", so the name
 * is the clause's subject, not a possessor; what follows can only be a verb.
 */
const CONTRACTED_VERB = /^\s+(?:(?:never|always|also|just|already|still)\s+)?(?:been|got|gotten|done)\b|^\s+not\s/;

/** The last word before a name, when it may be the name's title ("Mr. ", "Sen. ", "Councillor "). */
const TITLE_TAIL = /(\p{Lu}\p{L}*\.?)\s+$/u;

/**
 * The copy before a name without the titles it opens on (an honorific or a capitalised role noun): the name index
 * starts a mention after its title, so "On Sunday, Mr. Trump was …" has "Mr. " between the comma and the name, and
 * the name opens its clause all the same.
 */
function beforeTitles(before: string): string {
  let rest = before;
  const title = (word: string) => HONORIFICS.has(word) || ROLE_HEADS.has(word.toLowerCase());
  for (let m = TITLE_TAIL.exec(rest); m && title(m[1]!); m = TITLE_TAIL.exec(rest)) rest = rest.slice(0, m.index);
  return rest;
}

/** Characters read on each side of a name: an appositive and its clause's next word fit well inside. */
const WINDOW = 240;

/** Words that go on after an appositive without being its clause's verb. */
const NOT_A_VERB = new Set(
  'at in on for to with by from of into about after before during since and or but nor who whom whose which that as than the a an his her their its this these those'.split(
    ' ',
  ),
);

/** The appositive's head is a role ("a member of …", "president of …"), not a description ("an unarmed teenager"). */
function introducedRole(after: string): boolean {
  if (!INTRODUCED.test(after)) return false;
  const raw = after.slice(1).split(/[,;:.]/)[0]!;
  // The clause goes on with its verb after the appositive ("…, picked up", "…, said"). "Trump attacked Khizr Khan,
  // the father of a fallen soldier, at a rally" goes on with a preposition, and "… attacked Khizr Khan, the father of
  // a fallen soldier." ends there: either way Khan is the verb's object, no source introduced (review s29 B-pron29-3).
  // A participle ("…, saying", "…, noting") hangs on the sentence's subject, not on the appositive's name.
  const next = /^,\s+([a-z]+)\b/.exec(after.slice(1 + raw.length))?.[1];
  if (next === undefined || NOT_A_VERB.has(next) || /ing$/.test(next)) return false;
  const appositive = raw.trim();
  const words = appositive.split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|at|for|to|in|with)$/i.test(w));
  const head = words[(of > 0 ? of : words.length) - 1]!.toLowerCase().replace(/['’]s?$/, '');
  return ROLE_HEADS.has(head);
}

/**
 * How weak an antecedent for "he"/"she" a mention is by its place in the sentence (0 = a subject). A subject
 * is the usual antecedent; objects of verbs ("met Ms Dunn") and of prepositions ("hosted by Gordon Brown")
 * are weaker ones. A possessor ("Clinton's lead could erode") is no subject, though a verb follows its noun;
 * a name opening a clause after a comma ("In an article from Western Journalism, Byrne expressed") is its
 * subject, not the object of the preposition before the comma; a source the copy introduces with an
 * appositive role (not a description: "Trayvon Martin, an unarmed black teenager,") is the person the next
 * quotation is likeliest to be from. A name modifying a noun ("one Clinton aide", "Obama consultant Cornell Belcher")
 * is no subject either.
 */
export function pronounAntecedentRole(mention: PersonMention, sentence: Sentence): number {
  // Only the words near the name count; a bounded window keeps a 100,000-character sentence of names linear.
  const from = mention.start - sentence.start;
  const before = sentence.text.slice(Math.max(0, from - WINDOW), from);
  const after = sentence.text.slice(mention.end - sentence.start, mention.end - sentence.start + WINDOW);
  const possessive = mention.possessive && !CONTRACTED_VERB.test(after);
  // "Obama consultant Cornell Belcher, …, picked up": the name modifies the noun, saying whom the subject works for;
  // it is as weak an antecedent as an object (the tag reading skips it the same way, speaker-resolution's nameIn). A
  // possessor ("Suu Kyi's fate") is weighed below, as nameIn skips it before asking.
  if (!possessive && mentionPremodifier(sentence, mention.start, mention.end)) return 1.5;
  const opensClause = mention.subject && /,\s*$/.test(beforeTitles(before));
  if (mention.object && !opensClause) return 1.5;
  // "Preceded at the lectern by Joe Arpaio, the Arizona sheriff," introduces no source: a preposition governs it.
  if (!possessive && introducedRole(after)) return -0.2;
  return mention.subject && !possessive ? 0 : 0.3;
}
