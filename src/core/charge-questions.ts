import { accusedOfPhrase } from './accused-of-phrase';
import { appositiveAccuser } from './appositive-accuser';
import { subjectBefore } from './claim-phrases';
import { clauseAccuser } from './clause-accuser';
import { eachMatch } from './each-match';
import { endsPlural } from './ends-plural';
import { firstNameGender } from './first-name-gender';
import { lowerStart } from './lower-start';
import { partitiveAccused } from './partitive-accused';
import type { PhraseContext } from './phrase-question';
import { cutClause, dropLeading, stripEnd } from './question-clauses';
import { isOrAre } from './source-questions';
import { willQuestion } from './will-question';

/** Templates for accusations and doubts: who charges or questions what (withheld information: refusal-question.ts). */

/**
 * A finite verb that ends a relative clause's charge and opens the main clause. After "to" it is the
 * charge's own infinitive ("of trying to have the audit buried"); after a subject pronoun or a wh-word it
 * is the verb of a clause inside the charge ("of hiding what he had paid"), so the main verb comes later.
 */
const MAIN_VERB_AFTER_RELATIVE =
  /(?<!\b(?:to|he|she|it|they|we|I|you|what|which|who|whom|that|where|when|how|why))\s(?=(?:said|says|told|is|are|was|were|has|have|had|will|would|did|does|can|could|continued|added)\b)/i;

/**
 * "When Sanders accused Clinton of being too reliant on Wall Street, she said …": a charge told in a fronted
 * "when/after/as" clause whose main clause is the answer; the sentence answers what the question would ask.
 */
const ANSWERED_IN_SENTENCE =
  /^(?:when|after|as|once)\s[^,]*\baccus(?:ed|es|e)\b[^,]*,\s+(?:[\w'’.-]+\s+){1,3}?(?:said|says|replied|replies|responded|responds|countered|counters|answered|answers|retorted|shot back|insisted|insists|denied|denies|defended|defends)\b/i;

/** "Hillary Clinton", "Sen. Bernie Sanders": a first name the lists know and a capitalised surname after it. */
const FULL_NAME = /(?<![\p{L}\p{N}_])(\p{Lu}\p{Ll}+)(?=\s+((?:\p{Lu}\.\s+)?\p{Lu}[\p{L}\w'’-]+))/gu;

/**
 * Whom "accused him/her" charges: the one person of the pronoun's sex the words before the verb name after their
 * first name ("Sanders has cast … Hillary Clinton as unqualified and accused her"); otherwise the story's main person
 * when a person, unless the first names say the pronoun cannot be theirs ("her" for Donald Trump).
 */
function pronounTarget(pronoun: string, before: string, ctx: PhraseContext): string | null {
  if (pronoun !== 'him' && pronoun !== 'her') return null;
  const sex = pronoun === 'her' ? 'female' : 'male';
  // The capitalised run the sentence opens on is its subject, the accuser: the accused is named after it.
  const subjectEnd = /\s[a-z]/.exec(before)?.index ?? before.length;
  const fitting = [...eachMatch(FULL_NAME, before)]
    .filter((m) => m.index > subjectEnd && firstNameGender(m[1]!) === sex)
    .map((m) => `${m[1]} ${m[2]}`);
  if (new Set(fitting).size === 1) return fitting[0]!;
  if (!ctx.mainIsPerson || !ctx.mainActor) return null;
  const first = firstNameGender(ctx.mainActor.split(/\s+/)[0]!);
  return first !== null && first !== sex ? null : ctx.mainActor;
}

/**
 * Auxiliaries and adverbs between the accuser and "accused" ("Democrats quickly accused", "have also publicly
 * accused"): no part of who accuses. A noun or adjective in -ly ("his family", "an ally", "the elderly") is the accuser.
 */
const BEFORE_ACCUSED =
  /(?:\s+(?:has|have|had|also|again|then|now|later|already|(?!(?:family|ally|assembly|rally|supply|monopoly|anomaly|bully|daily|weekly|monthly|quarterly|elderly|only)\b)[a-z]{2,}ly))+$/;

/** A list's further gerunds after a charge's first: ", delaying, and withholding facts about …". */
const GERUND_LIST = /^(?:,\s+(?:and\s+|or\s+)?[a-z]+ing\b[^,;]*)+/;

/** "opposition members accused the administration of hiding the cost" -> how does the accused answer? */
export function accusation(ctx: PhraseContext): string | null {
  const text = dropLeading(stripEnd(ctx.text));
  const passive = /^(.{2,80}?)\s+(?:was|were|has been|have been|is|are)\s+accused\s+of\s+([^,;]+)/i.exec(text);
  if (passive) {
    const accused = subjectBefore(text, /\s(?:was|were|has been|have been|is|are)\s+accused\b/i) ?? ctx.actor;
    return accused
      ? `How does ${lowerStart(accused, ctx.properWords)} answer the accusation of ${cutClause(passive[2]!, 14)}?`
      : null;
  }
  const active = /\baccus(?:ed|es|e)\s+(.{2,60}?)\s+of\s+([^,;]+)/i.exec(text);
  if (!active || ANSWERED_IN_SENTENCE.test(text)) return null;
  const target = active[1]!.trim();
  // "lawmakers accused each other of…": both sides are the accusers; no one answers for the other.
  if (/^(?:each other|one another)$/i.test(target)) return null;
  // "accuses one of the journalists, Susanne Rust, of …": the first "of" is the partitive's.
  const partitive = partitiveAccused(text, target);
  if (partitive === undefined) return null;
  // "accused the former secretary of state of using …": the first "of" is the accused's title's.
  const ofPhrase = partitive ? null : accusedOfPhrase(target, active[2]!);
  // "of covering up, delaying, and withholding facts about …": the first gerund of a list whose object follows its
  // last one; the charge runs through the list (sample 47's #38 asked "… of covering up?").
  const listed = GERUND_LIST.exec(text.slice(active.index + active[0].length));
  const first = partitive?.charge ?? ofPhrase?.charge ?? (listed ? active[2]! + listed[0] : active[2]!);
  let charge = cutClause(first.split(/\s(?:which|who|that|and then)\s/)[0]!, 14);
  // "a meeting in which opposition members accused": the accuser is the last clause before the verb.
  let head = text.slice(0, active.index).trim().replace(BEFORE_ACCUSED, '');
  // "criticised by the Scottish National Party which accused": the name before "which".
  if (/\s(?:which|who)$/i.test(head)) {
    // "women who have accused Clinton of sexual assault said they…": the relative clause, and with it the
    // charge, ends where the main clause's verb comes.
    charge = charge.split(MAIN_VERB_AFTER_RELATIVE)[0]!.trim();
    if (!charge) return null;
  }
  head = clauseAccuser(head);
  const accuser =
    appositiveAccuser(head)
      .split(/,\s+|\s[-–—]\s|\b(?:in which|during which|where|when|as|after|while|and|but)\s+/i)
      .pop()
      ?.trim() ?? '';
  // "…, without naming him, accused…", "X and accused…": a phrase or a conjunction left over is nobody.
  // "… has cast Clinton as unqualified and accused …": a predicate's tail ending on its conjunction is nobody.
  const named =
    accuser.split(/\s+/).length <= 6 &&
    !/\s(?:and|or|but|nor)$/i.test(accuser) &&
    !/\b(?:he|she|they|it|we|[a-z]+ed)$|\s[a-z]+ed\b/i.test(accuser) &&
    !/^(?:and|or|but|nor|without|with|by|of|in|on|to|for|as|at|from|after|before|while|[a-z]+ing)$|^(?:without|with|by|of|in|on|to|for|at|from|after|before|while|[a-z]+ing)\s/i.test(
      accuser,
    );
  const by = accuser && named ? lowerStart(accuser, ctx.properWords) : null;
  // "accused him of ...": the person the story is about answers it, if it is about one; "it" or
  // "them" ("he accuses it of stealing jobs", of China) is never that person.
  const accused = partitive
    ? lowerStart(partitive.accused, ctx.properWords)
    : /^(?:him|her|them|it|us|me)$/i.test(target)
      ? pronounTarget(target.toLowerCase(), text.slice(0, active.index), ctx)
      : lowerStart(ofPhrase?.accused ?? target, ctx.properWords);
  if (!accused) return null;
  // Number as "Is/Are" reads it: a name the article uses ("Sanders") is one person, whatever its last letter.
  const plural = partitive ? !partitive.single : isOrAre(accused, ctx.properWords) === 'Are';
  const does = plural ? 'do' : 'does';
  if (!by) return `How ${does} ${accused} answer the accusation of ${charge}?`;
  return `How ${does} ${accused} answer the accusation by ${by} of ${charge}?`;
}

/** "X had the capacity to finish" -> "Do X have the capacity to finish?" (yes/no form of a whether-clause). */
function yesNo(clause: string, properWords: Set<string>): string {
  const asked = willQuestion(clause, properWords);
  if (asked) return asked.slice(0, -1);
  const have = /^(.{2,60}?)\s+(?:had|has|have)\s+((?:the|a|an|enough|any|sufficient|no)\b.*)$/i.exec(clause);
  if (have) return `${endsPlural(have[1]!) ? 'Do' : 'Does'} ${lowerStart(have[1]!, properWords)} have ${have[2]}`;
  const be = /^(.{2,60}?)\s+(was|were|is|are|can|could)\s+(.+)$/i.exec(clause);
  if (be && !/\s(?:that|which|who)\s/i.test(be[1]!)) {
    const aux = be[2]!.toLowerCase().replace('could', 'can');
    return `${aux.charAt(0).toUpperCase()}${aux.slice(1)} ${lowerStart(be[1]!, properWords)} ${be[3]}`;
  }
  return `Is it the case that ${lowerStart(clause, properWords)}`;
}

/** "Residents' groups questioned whether the contractors had the capacity ..." */
export function doubt(ctx: PhraseContext): string | null {
  const text = dropLeading(stripEnd(ctx.text));
  const match = /\b(?:questioned|questions|question|doubted|doubts|doubt|queried)\s+whether\s+/i.exec(text);
  if (!match) return null;
  const clause = cutClause(text.slice(match.index + match[0].length), 20);
  let head = text.slice(0, match.index).trim();
  // "Residents' groups welcomed the vote but questioned": the doubter is the main subject.
  const joined = /^(.{2,60}?)\s+[a-z]+ed\b.*\s(?:but|and|yet)$/.exec(head);
  if (joined) head = joined[1]!;
  const doubter =
    head
      .split(/,\s+/)
      .pop()
      ?.replace(/\s+(?:have|has|had|also|openly|publicly)$/i, '')
      .trim() ?? '';
  const who =
    doubter && doubter.split(/\s+/).length <= 8 && !/^(?:he|she|they|it|we)$/i.test(doubter)
      ? lowerStart(doubter, ctx.properWords)
      : ctx.actor;
  const q = yesNo(clause, ctx.properWords);
  return who ? `${q}, as ${who} ${endsPlural(who) ? 'ask' : 'asks'}?` : `${q}?`;
}
