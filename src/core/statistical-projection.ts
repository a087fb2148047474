/**
 * A forecast of a quantity, not anyone's decision to come (audit 49, B-a49-14): "the number is expected to pass 1.4
 * million by 2040", "sales are forecast to rise by 8%", "the bill is projected to be $544 billion". The act after the
 * cue's "to"/"will" is a verb whose complement is the figure itself: a change verb with "to/by/above/below…" before
 * it (an approximation word may stand between), or a verb of reaching or being with the bare figure ("pass 1.4 million", "be $544 billion"). A figure that
 * counts something after it ("cut 1,200 jobs", "draw 50,000 delegates") is an act's object, and a year alone ("vote
 * by 2026") no quantity: both stay pending.
 */
const PROJECTED = new RegExp(
  String.raw`^\W*(?:to|will|would|could|may|might|shall)\s+(?:\w+ly\s+)?([a-z]+)\s+` +
    String.raw`(?:(to|by|above|below|past|beyond|over|under)\s+)?` +
    String.raw`(?:(?:around|about|nearly|almost|roughly|some|only|just|more than|less than|fewer than|at least|as much as|as many as)\s+)?` +
    String.raw`(?:[$£€]\s?)?(\d[\d,]*(?:\.\d+)?)\s*(%|percent\b|per cent\b|(?:million|billion|trillion|bn|m)\b)?\s*(?:(?:million|billion|trillion)\s+)?([\w'’]*)`,
  'i',
);
/** Verbs that take a quantity as their bare complement: reaching, passing, being or amounting to it. */
const MEASURE =
  /^(?:be|reach|pass|top|exceed|surpass|hit|total|cost|number|near|approach|double|triple|treble|halve|hover)$/i;
/** What may follow a figure that stands alone: its clause goes on with a preposition, conjunction or time word. */
const AFTER_FIGURE =
  /^(?:|by|in|to|from|into|over|under|per|a|an|the|this|next|each|for|on|at|within|before|after|until|and|or|as|than|when|while|if|mark|level|threshold|year|years|annually)$/i;
const YEAR = /^(?:19|20)\d\d$/;

/** Whether the pending cue at `at` forecasts a quantity (read within 60 characters after the cue starts). */
export function statisticalProjection(text: string, at: number): boolean {
  const from = text.slice(at);
  const to = /\b(?:to|will|would|could|may|might|shall)\s/i.exec(from);
  if (to === null || to.index > 60) return false;
  const m = PROJECTED.exec(from.slice(to.index));
  if (m === null) return false;
  const [, verb, change, figure, unit, next] = m;
  if (!unit && YEAR.test(figure!)) return false;
  if (!AFTER_FIGURE.test(next ?? '')) return false;
  return change !== undefined || MEASURE.test(verb!);
}
