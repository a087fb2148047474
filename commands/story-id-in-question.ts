import { asciiDigits } from '../src/app/ascii-digits';
/** A story named by its id in a question, and the question with the reference taken out. */
export interface StoryIdInQuestion {
  id: number;
  question: string;
}

/** "#12" (or "(#12)") as a whole token. */
const ID = String.raw`\(?#(\d{1,9})\)?(?=[\s.,;:!?]|$)`;
/** Words that point at a story: "who paid, in #12?", "anything new on #12?". */
const POINTER = /\b(?:in|about|from|on|re|regarding)\s+$/i;
/**
 * A place in a ranking, not a story: "back on #1", "still on #1", "is Adele on #1?". Only "on"
 * after such a word reads so; "what's in #12?" and "anything new on #12?" name story 12. "In" (or
 * "at") reads so only after a word of staying or ranking ("stayed in #1", "top in #1").
 */
const RANK_PLACE =
  /\b(?:(?:back|still|stay|stays|stayed|staying|remain|remains|remained|sit|sits|sat|sitting|stuck|is|are|was|were|be|been|'s|’s)\s+on|(?:back|stay|stays|stayed|staying|remain|remains|remained|sit|sits|sat|sitting|stuck|top|peaked|peaks|debuted|debuts|ranked|ranks)\s+(?:in|at))\s+$/i;
/** "#12 says …", "what does #12 say": the story as the one reporting. */
const REPORTS =
  /^(?:say|says|said|mention|mentions|mentioned|report|reports|reported|tell|tells|told|claim|claims|show|shows|add|adds|quote|quotes|cite|cites)\b/i;
/**
 * Do-support before the id, where a reporting word after it reads as a verb ("what does #12
 * say", "what did #12 report"); after "the #1" the same words are nouns ("the #1 show").
 */
const DO_SUPPORT = /\b(?:do|does|did|doesn't|didn't|doesn’t|didn’t|has|have|had|hasn't|hasn’t)\s+$/i;
/**
 * What may follow an id that opens the text for it to name a story: a question word, an auxiliary,
 * a pronoun or determiner ("#12 the fee?"), a reporting verb that has the id as its subject ("#12
 * says …", "#12 quotes who?"), an imperative ("#12 tell me …") or a word for part of the brief
 * ("#12 quotes", "#12 key quotes"), a filler or a preposition that opens a question ("#12 so who
 * paid?", "#12 according to …"); contractions are read by the word before the clitic (opensStory).
 * Any other word makes "#1" a rank it qualifies: "#1 show this
 * week?", "#1 seed Duke?". Bare reporting verbs are not here: "#1 show" is the show, not "it shows".
 */
const OPENING_STORY_WORD = new Set(
  `who whom whose what when where why how which is are was were do does did can could will would shall should may might must has have had isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't hasn't haven't any anything
  the a an this that these those it its he she they his her their there
  says said mentions mentioned reports reported tells told claims claimed shows showed adds added quotes quoted cites cited
  tell give list explain summarise summarize describe name please
  summary gist tldr tl quotes people names figures numbers sources details background update
  key main open questions points facts i we you me my so and but or ok okay also just then now hey oh
  according before after by since until till roughly about around apart besides whether`.split(/\s+/),
);
/** A contraction's clitic ("what's", "they're", "who'll", "I'm"): the word before it is the one read. */
const CLITIC = /'(?:s|re|ve|ll|d|m)$/;
/** "whats", "whos", "thats": a contraction typed without its apostrophe. */
const BARE_IS = /^(?:what|who|where|when|why|how|that|there|here|it|he|she)s$/;
/** A reporting verb's bare form: after an opening id, an imperative ("#12 tell me …"), never "it tells". */
const BASE_FORM = /^(?:say|mention|report|tell|claim|show|add|cite)$/;
/** "#12 show me the quotes": "show" followed by its object is the imperative. */
const SHOW_ME = /^show\s+(?:me|us)\b/i;

/**
 * Words that may follow a story reference in a question ("in #12 about the fee", "on #12 today?");
 * any other word makes the "#1" a rank that qualifies it ("in #1 spot", "on #1 seed").
 */
const AFTER_REFERENCE = new Set(
  'about on in for from of to with by over at re regarding and or but so if now today yet still again too also please exactly already who what when where why how which is was does did'.split(
    ' ',
  ),
);

/**
 * The story id a question names, or undefined. "#12" names a story when it opens the question
 * ("#12 who paid?"), reports after do-support ("what does #12 say about the fee?") or follows a
 * word that points at a story ("who paid, in #12?"), and no word after it makes it a rank ("in #1
 * spot"). Elsewhere "#1" is a rank ("is Duke the #1 seed?", "is the team back on #1?", "is it
 * still the #1 show?"), and answering from story 1 would be a confident answer from an unrelated story.
 */
export function storyIdInQuestion(typed: string): StoryIdInQuestion | undefined {
  // "＃１２ who paid?" typed in a keyboard's full-width mode names story 12 as "#12 who paid?" does.
  const text = asciiDigits(typed);
  const token = new RegExp(ID, 'g');
  for (let found = token.exec(text); found; found = token.exec(text)) {
    const before = text.slice(0, found.index);
    const after = text.slice(found.index + found[0].length).trimStart();
    const next = /^[\p{L}']+/u.exec(after)?.[0].toLowerCase();
    const id = Number(found[1]);
    const reports = next !== undefined && REPORTS.test(next);
    if (before.trim() === '') {
      const word = /^[\p{L}'’]+/u.exec(after)?.[0].toLowerCase().replace(/’/g, "'");
      if (word !== undefined && !opensStory(word) && !SHOW_ME.test(after)) continue;
      // "#12 quotes who?" asks who it quotes: the reporting id keeps a subject ("#12 tell me" is an imperative).
      const subject = reports && !BASE_FORM.test(next) && !SHOW_ME.test(after);
      return { id, question: joined('', subject ? `it ${after}` : after) };
    }
    if (reports && DO_SUPPORT.test(before)) return { id, question: joined(before, `it ${after}`) };
    const pointer = POINTER.exec(before);
    if (!pointer || RANK_PLACE.test(before)) continue;
    if (next !== undefined && !AFTER_REFERENCE.has(next)) continue;
    return { id, question: joined(before.slice(0, pointer.index), after) };
  }
  return undefined;
}

/**
 * Whether an opening id's next word lets it name a story: the word itself, or the word before its
 * clitic, so that no contraction is missed ("what's", "who'll", "they're"; "don't" and "dont" as
 * "don't"). A possessive is read the same way, and "#1 seed's coach?" stays a rank.
 */
function opensStory(word: string): boolean {
  if (OPENING_STORY_WORD.has(word) || BARE_IS.test(word)) return true;
  if (CLITIC.test(word)) return OPENING_STORY_WORD.has(word.replace(CLITIC, ''));
  return /n'?t$/.test(word) && OPENING_STORY_WORD.has(word.replace(/n'?t$/, "n't"));
}

/** The question around a reference taken out of it, tidied ("who paid, in #12?" → "who paid?"). */
function joined(before: string, after: string): string {
  return `${before.replace(/[\s,;:(]+$/, '')} ${after}`
    .replace(/\s+/g, ' ')
    .replace(/\s+([?.!,;:])/g, '$1')
    .replace(/^[\s.,;:)]+/, '')
    .trim();
}
