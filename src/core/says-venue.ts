import { MONTHS, WEEKDAYS } from './calendar-words';
import data from './venue-nouns.json' with { type: 'json' };

/**
 * Nouns whose commonest WordNet sense is an occasion or medium something is said or held at ("interview", "rally",
 * "video", "convention"), precomputed by src/train/build-venue-nouns.ts so src/core reads no files.
 */
const NOUNS = (data as { words: string }).words.split(' ');
/**
 * The media among them ("radio", "call", "blog", "video"): only a medium follows "on" as where something was said;
 * before an occasion or a statement "on" reads "about" ("commented on the letter", "seized on her remarks").
 */
const MEDIA = (data as { media: string }).media.split(' ');
/**
 * Words that end a noun phrase's modifiers: "in the race for the convention" is no venue of the race, "at the time
 * they held a rally" none of the time.
 */
const NOT_MODIFIER = String.raw`(?:of|for|to|and|or|but|that|which|who|with|by|from|in|at|on|as|is|was|were|are|be|been|has|have|had|when|where|while|after|before|he|she|it|they|we|i|you|said|says)\b`;
/**
 * A noun followed by "of" and a span of time measures the time, whatever its WordNet sense: "in a couple of weeks",
 * "in a matter of days" say when, not where.
 */
const TIME_SPAN = String.raw`(?!\s+of\s+(?:[\w-]+\s+)?(?:seconds|minutes|hours|days|nights|weeks|weekends|months|years|decades)\b)`;
/**
 * WordNet 3.1 predates the social-media senses of "tweet", "podcast" and "livestream" (its "tweet" is a chirp), so
 * the venue list lacks them: "in a tweet", "on his podcast" name the medium wherever they stand.
 */
const SOCIAL_NOUN = String.raw`(?:tweets?|retweets?|podcasts?|livestreams?)`;
/**
 * Its "post" is first a job, so a post names the medium only after a verb of saying: "wrote in a Facebook post"
 * (not "at his post").
 */
const POST_NOUN = String.raw`(?:posts?|blogs?|${SOCIAL_NOUN})`;
/** An optional determiner and up to three modifiers after the preposition. */
const MODIFIERS = String.raw`\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:(?!${NOT_MODIFIER})[\w'’.-]+\s+){0,3}`;
/**
 * "in an interview", "at a rally", "in the 2013 video", "during a news conference", "on NBC's radio show": a
 * preposition of place, an optional determiner and up to three modifiers before the venue noun ("on" a medium only).
 */
const VENUE = new RegExp(
  String.raw`\b(?:(?:in|at|during)${MODIFIERS}(?:${NOUNS.join('|')}|${SOCIAL_NOUN})|on${MODIFIERS}(?:${MEDIA.join('|')}|podcasts?|livestreams?))\b${TIME_SPAN}`,
  'i',
);
/** Verbs of saying or publishing whose "on"/"in" phrase names the medium the words went out on. */
const PUBLISHING_VERB = String.raw`(?:said|says|wrote|writes|posted|posts|tweeted|tweets|announced|announces|declared|declares|told|tells|added|adds|argued|argues|claimed|claims|shared|shares|responded|responds|replied|replies)`;
/**
 * Days WordNet names with a weekday ("Good Friday", "Ash Wednesday", "Palm Sunday"; the builder's `days`), as the copy
 * writes them. A capitalised word before a weekday is otherwise a medium: "said on Twitter Thursday".
 */
const NAMED_DAYS = (data as { days: string }).days
  .split(' ')
  .map((day) =>
    day.replace(/(^|_)([a-z])/g, (_m, sep: string, c: string) => `${sep ? String.raw`\s+` : ''}${c.toUpperCase()}`),
  )
  .join('|');
/**
 * Weekdays and named days, months (written out, or cut short with a stop or before the day: "Jan.", "Jan 4", "Sept
 * 4") and holidays: "said on Monday", "posted on Jan. 4", "wrote on Christmas Eve" say when.
 */
const TIME_NAME = String.raw`(?:${NAMED_DAYS}|${WEEKDAYS}|${MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?:\.|(?=\s+\d))|[A-Z][\w'’-]*\s+(?:Day|Eve|Night))(?![\w-])`;
/**
 * The one word that may sit between the verb and its medium: a day or an adverb ("said Tuesday on CNN", "wrote
 * angrily on Facebook"); an object would make the phrase its ("declared war on Iran").
 */
const BETWEEN = String.raw`(?:${WEEKDAYS}|today|yesterday|tonight|again|also|later|earlier|then|\w+ly)`;
/**
 * A medium named after a verb of saying or publishing (a day or an adverb may sit between): "said on Facebook",
 * "wrote on his Twitter account", "said Tuesday on CNN", "said in a tweet", "posted in a Facebook post".
 */
const MEDIUM = new RegExp(
  String.raw`\b${PUBLISHING_VERB}\s+(?:${BETWEEN}\s+)?(?:on\s+(?:(?:his|her|their|its|the)\s+)?(?!${TIME_NAME})[A-Z]|(?:in|on|via)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:(?!${NOT_MODIFIER})[\w'’.-]+\s+){0,2}${POST_NOUN}(?![\w-]))`,
);

/**
 * The sentence names the occasion or medium of what it reports: "where did she say it?" is answered by "said in an
 * interview" or "said on Facebook" as much as by a town.
 */
export function saysVenue(sentence: string): boolean {
  return VENUE.test(sentence) || MEDIUM.test(sentence);
}
