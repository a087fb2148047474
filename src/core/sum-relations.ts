import { ROLE_HEADS } from './role-heads';

/**
 * A sum that is someone's pay, or a rate or unit price. "How much did the bridge cost?" is not answered by "The mayor, who is paid
 * $185,000 a year, called the bridge…": the sum is the mayor's pay, not the cost of the thing asked. The
 * labelled money questions (the 808, PolNeAR dev, BBC dev) answer cost, spend and raise questions with sums
 * whose own verb is that relation ("It costs $100,000 a month", "estimated to cost about $10 trillion",
 * "raising about $228 million"), and only pay questions ("how much did Goldman pay Hillary?", "how much is
 * Bernie paying his door-knockers?") with sums someone earns or is paid. A sum's relation is read from the
 * few words before it (the engine has no parse): an earning verb, a salary or wage noun, or "paid" in the
 * passive or with a person as its object. A rate or unit price ("$12 each", "£40 a day") is the cost of one of
 * something, so it answers a cost question only about a thing the sentence names (answer-features.ts).
 */

/** The question itself asks for someone's pay or takings: a pay sum is its answer. */
const ASKS_PAY =
  /\b(?:pay|pays|paid|paying|earn|earns|earned|earning|earnings|salary|salaries|wages?|get|gets|got|getting|receive|receives|received|make|makes|made|bonus|pension)\b/i;
/** Words or symbols one sum is made of. */
// A number ends on a digit: the comma in "since 2019, earned" closes a phrase, it is no part of the year.
const TOKEN = /[£$€¥]?\d(?:[\d,.]*\d)?(?:bn|m|k|p)?|[\p{L}’']+|[,;:.()—–]/gu;
const SUM = /^[£$€¥]\d|^\d[\d,.]*(?:bn|m|k|p)$/;
const SUM_UNIT = /^(?:dollars|pounds|euros|pence|cents)$/;
const NUMERIC = /^\d[\d,.]*$/;
/** A noun that makes the sum after it someone's pay whatever its period ("on a salary of $90,000"). */
const PAY_WORD = /^(?:salary|salaries|wage|wages|paycheck)$/;
/** Earning verbs: a firm earns too ("The company earned $2 billion in profit"), so only a person's or a rate. */
const EARN = /^(?:earn|earns|earned|earning|earnings)$/;
/** A person as the subject just before the verb ("she earns", "who is paid"); a firm or a body is not one. */
const PERSON_SUBJECT = /^(?:he|she|who|i|we|you)$/;
const PAID = /^(?:pay|paid|paying|pays)$/;
const BE = /^(?:is|are|was|were|be|been|being|gets|got|get)$/;
/**
 * Role nouns that name a person's post ("The chief executive was paid", "the director earns"). Roles a firm fills
 * as often as a person, or a seller paid a price ("The architect was paid £400,000 for the design", "the owner was
 * paid £2m for the land"), stay out: their sum is what the thing cost. So do the professions paid a fee for a piece
 * of work (FEE_ROLES): "The inquiry's solicitor was paid £250,000 for the work" is the inquiry's cost as much as
 * its architect's fee is (review s40 B-r40-13).
 */
const FEE_ROLES =
  /^(?:consultant|adviser|advisor|architect|designer|auditor|lawyer|solicitor|barrister|counsel|accountant|surveyor)$/;
const PERSON_ROLES = new Set(
  [...ROLE_HEADS].filter(
    (w) =>
      !FEE_ROLES.test(w) &&
      !/^(?:regulator|agent|owner|partner|investor|trader|banker|producer|host|promoter|organi[sz]er)$/.test(w),
  ),
);
/**
 * Who earns: a salary is pay whoever draws it, so a fee profession that "earns" is a person paid ("the solicitor
 * earns £90,000"), where being "paid" a sum for work is a fee, the thing's cost.
 */
const EARNER_ROLES = new Set([...PERSON_ROLES, ...[...ROLE_HEADS].filter((w) => FEE_ROLES.test(w))]);
/** A possessive before "pay" makes it the noun, someone's pay: "the chief executive's pay", "his pay". */
const POSSESSOR = /^(?:his|her|their|my|our|your)$|['’]s?$/;
const PERSON_OBJECT = /^(?:him|her|them|me|us|you|staff|workers|employees|players?|canvassers)$/;
/** Adverbs between the passive's verb and "paid" ("is reportedly paid"). */
const ADVERB = /ly$/;
/** How far back from a sum its relation word may sit. */
const REACH = 4;
/** A sum's scale word ("£3.8 million"). */
const SCALE = /^(?:million|billion|trillion|thousand|bn|m|k)$/;
/** After a sum: a unit price ("each", "apiece", "per ticket"). */
const UNIT = /^(?:each|apiece|per)$/;
/** "a"/"an" and a period or a head after a sum: a rate ("£40 a day", "$15 an hour"). */
const PERIOD = /^(?:hour|day|night|week|fortnight|month|year|season|head|person|go)$/;

/** The question asks a sum that someone's pay does not answer (a cost, a spend, a price, a sum raised). */
export function asksNonPay(question: string): boolean {
  return !ASKS_PAY.test(question);
}

/**
 * Pay is a person's, or a rate ("$15 an hour", "£95,000 a year"): a contract or a grant paid to a firm or a body
 * ("The contractor was paid £12 million to build the bridge") is what the thing cost, not anyone's pay.
 */
function isPay(words: readonly string[], at: number, people: ReadonlySet<string>, cased: readonly string[]): boolean {
  if (possessedPay(words, at)) return true;
  for (let k = at - 1; k >= 0 && k >= at - REACH; k--) {
    const w = words[k]!;
    if (/^[,;:.()—–]$/.test(w)) return false;
    if (PAY_WORD.test(w)) return true;
    if (EARN.test(w)) return personSubject(words, k - 1, people, cased, EARNER_ROLES) || isRate(words, at);
    if (w === 'pay' && POSSESSOR.test(words[k - 1] ?? '')) return true;
    if (PAID.test(w)) {
      // "who is paid $185,000", "paying canvassers $15 an hour", "paid Alan Fisk £240,000"; not "paid £3m for the land".
      if (PERSON_OBJECT.test(words[k + 1] ?? '') || (k < at - 1 && people.has(words[at - 1]!))) return true;
      const adverb = ADVERB.test(words[k - 1] ?? '') ? 1 : 0;
      if (!BE.test(words[k - 1 - adverb] ?? '')) return false;
      return personSubject(words, k - 2 - adverb, people, cased) || isRate(words, at);
    }
  }
  return false;
}

/** Words that open another clause: a pay noun before them is no subject of the sum's verb. */
const CLAUSE_OPENER = /^(?:and|but|while|whereas|when|as|which|that|after|before|because|although|though|if)$/;
/** How far back, within its clause, a possessed pay noun may head the sum's subject. */
const SUBJECT_REACH = 10;

/**
 * The sum's clause has a possessed pay noun as its subject, however long the phrase after it: "the chief
 * executive's salary at the pier trust rose to £210,000", "his pay for the season was £2m".
 */
function possessedPay(words: readonly string[], at: number): boolean {
  for (let k = at - 1; k > 0 && k >= at - SUBJECT_REACH; k--) {
    const w = words[k]!;
    if (/^[,;:.()—–]$/.test(w) || CLAUSE_OPENER.test(w)) return false;
    if ((PAY_WORD.test(w) || w === 'pay') && POSSESSOR.test(words[k - 1]!)) return true;
  }
  return false;
}

/** How far back from a subject's last word an "of" may sit after its head ("the chief executive of the pier trust"). */
const OF_REACH = 5;

/**
 * The subject phrase ending at `end` is a person: its last word ends a person's name or is a person's role noun
 * ("fisk", "executive"), or its head before an "of" phrase is a role ("The chief executive of the pier trust").
 */
function named(
  words: readonly string[],
  end: number,
  people: ReadonlySet<string>,
  cased: readonly string[],
  roles: ReadonlySet<string>,
): boolean {
  const last = words[end] ?? '';
  if (people.has(last)) return headsClause(words, cased, nameStart(cased, end));
  if (roles.has(last)) return headsClause(words, cased, end);
  for (let k = end - 1; k > 0 && k >= end - OF_REACH; k--) {
    if (/^[,;:.()—–]$/.test(words[k]!)) return false;
    if (words[k] === 'of') return roles.has(words[k - 1]!) && headsClause(words, cased, k - 1);
  }
  return false;
}

/** The first word of the capitalised run that ends a name at `end` ("Alan Fisk", "Mr Fisk"). */
function nameStart(cased: readonly string[], end: number): number {
  let k = end;
  while (k > 0 && k > end - 4 && /^\p{Lu}/u.test(cased[k - 1]!)) k--;
  return k;
}

/** Prepositions that make the name or role after them an object inside the subject, not its head. */
const PREPOSITION = /^(?:for|of|to|by|with|from|at|on|in|against|behind|under|over|about|like|than)$/;
/**
 * A determiner after a participle makes the phrase its object ("representing the chairman"). Case-sensitive and without
 * "these"/"those", unlike determiners.ts: kept as measured, since widening it changes which sums are a person's pay.
 */
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|my|your|this|that)$/;

/**
 * The phrase from `start` heads its clause's subject: no preposition and no participle with an object stands
 * between the clause's opening and it. "The law firm acting for Alan Fisk was paid" and "Lawyers representing the
 * chairman were paid" are a firm's fee, so the sum is what the thing cost; "Former chairman Alan Fisk was paid" and
 * "The acting chairman was paid" are the person's pay.
 */
function headsClause(words: readonly string[], cased: readonly string[], start: number): boolean {
  // Bounded like the other look-backs, so a long run of sums without punctuation stays linear.
  for (let k = start - 1; k >= 0 && k >= start - APPOSITIVE_REACH; k--) {
    const w = words[k]!;
    if (/^[,;:.()—–]$/.test(w) || CLAUSE_OPENER.test(w)) return true;
    if (PREPOSITION.test(w)) return false;
    const next = cased[k + 1] ?? '';
    if (/(?:ing|ed)$/.test(cased[k]!) && (DETERMINER.test(next) || /^\p{Lu}/u.test(next))) return false;
  }
  return true;
}

/** How far back an appositive or a relative clause between commas is read for the name it sets off. */
const APPOSITIVE_REACH = 12;

/**
 * The subject ending at `end` names a person: a pronoun ("she earns"), a person's name the article's people give
 * ("Alan Fisk was paid"), a role noun ("The chief executive was paid"), or a name with a phrase set off by commas, on either side of it: an appositive name after a
 * role ("The chief executive of the board, Alan Fisk, was paid"), an appositive role or a relative clause after the
 * name ("Fisk, the board's chief executive, was paid", "Fisk, who joined in 2019, earned"). A firm's name is no
 * person's, so "Balfour Beatty was paid £12m" stays the bridge's cost.
 */
function personSubject(
  words: readonly string[],
  end: number,
  people: ReadonlySet<string>,
  cased: readonly string[],
  roles: ReadonlySet<string> = PERSON_ROLES,
): boolean {
  const last = words[end] ?? '';
  if (PERSON_SUBJECT.test(last) || named(words, end, people, cased, roles)) return true;
  if (last !== ',') return false;
  for (let k = end - 1; k >= 0 && k >= end - APPOSITIVE_REACH; k--) {
    if (/^[;:.()—–]$/.test(words[k]!)) return false;
    if (words[k] === ',')
      return named(words, end - 1, people, cased, roles) || named(words, k - 1, people, cased, roles);
  }
  return false;
}

/** The index of the first word after a sum and its scale or unit words ("£3.8 million", "40 pounds"). */
function afterSum(words: readonly string[], at: number): number {
  let k = at + 1;
  while (k < words.length && k <= at + 2 && (SCALE.test(words[k]!) || SUM_UNIT.test(words[k]!))) k++;
  return k;
}

function isRate(words: readonly string[], at: number): boolean {
  const k = afterSum(words, at);
  const next = words[k] ?? '';
  // "£1.2 million a year ago" dates the sum; it is no rate.
  const dated = /^(?:ago|earlier|later|before|after)$/.test(words[k + 2] ?? '');
  return UNIT.test(next) || (/^an?$/.test(next) && PERIOD.test(words[k + 1] ?? '') && !dated);
}

/** A unit price ("$25 each", "£3 per ticket"): the price of one thing, never of a whole the sentence does not name. */
function isUnit(words: readonly string[], at: number): boolean {
  return UNIT.test(words[afterSum(words, at)] ?? '');
}

/**
 * How many sums the sentence gives, and how many of them are someone's pay, or else a rate or unit price (of
 * those, how many are unit prices).
 */
export interface SumRelations {
  sums: number;
  pay: number;
  rate: number;
  unit: number;
}

/** `people`: the last words of the article's people's names, lower-cased ("fisk"), so a named subject reads as a person. */
export function sumRelations(sentence: string, people: ReadonlySet<string> = new Set()): SumRelations {
  const lower = sentence.toLowerCase();
  const found = [...lower.matchAll(TOKEN)];
  const words = found.map((m) => m[0]);
  // Case is kept beside the words only to find where a name begins (the same spans of the sentence as written).
  const sameLength = lower.length === sentence.length;
  const cased = found.map((m) => (sameLength ? sentence.slice(m.index, m.index + m[0].length) : m[0]));
  const out = { sums: 0, pay: 0, rate: 0, unit: 0 };
  let last: 'pay' | 'rate' | 'sum' = 'sum';
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const sum = SUM.test(w) || (NUMERIC.test(w) && SUM_UNIT.test(words[i + 1] ?? ''));
    if (!sum) continue;
    out.sums++;
    // "£40 a day, up from £35": the earlier figure of the same rate or pay.
    const earlier: boolean =
      last !== 'sum' && words[i - 1] === 'from' && /^(?:up|down|rising|falling)$/.test(words[i - 2] ?? '');
    last = earlier ? last : isPay(words, i, people, cased) ? 'pay' : isRate(words, i) ? 'rate' : 'sum';
    if (last !== 'sum') out[last]++;
    if (last === 'rate' && isUnit(words, i)) out.unit++;
  }
  return out;
}
