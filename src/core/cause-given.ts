import { maskScheduledDueTo } from './mask-scheduled-due-to';

/** A date or span after "after"/"over" makes it time, not cause ("after March", "over the past year"). */
const TIME_AFTER =
  '(?:the )?(?:\\d|past|last|next|coming|years?|months?|weeks?|days?|decades?|hours?|weekend|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|that|this|then|years)\\b';

/**
 * What hands over a cause beyond the reason markers, by grammar: "after"/"over" followed by an event rather than a
 * date ("resigned after the council voted", "quits over the ferry deal"); a purpose clause ("To prevent…", "in order
 * to", "in protest", "in a bid to"); a means or cause in a gerund after "by" ("by calling on Russia"); a causative
 * verb ("prompted", "led to", "caused", "credits … to"); a reason noun or "why" itself ("the reason", "It's why").
 */
const MORE_CAUSE = new RegExp(
  [
    `\\b(?:after|over) (?!${TIME_AFTER})`,
    String.raw`^[\s"'“‘]*to [a-z]+`,
    String.raw`\bin (?:order|a bid|an effort|an attempt|protest|response|retaliation)\b`,
    String.raw`\bto protest\b`,
    String.raw`\bby [a-z]+ing\b`,
    String.raw`\b(?:prompt|cause|trigger|spark|force|fuel)(?:s|ed|ing)\b|\b(?:led|leads?|leading) to\b|\bresult(?:s|ed)? in\b|\bcredit(?:s|ed)? \S+(?: \S+){0,3} to\b`,
    String.raw`\b(?:reasons?|motives?|grounds|rationale|explanation|why)\b`,
  ].join('|'),
  'i',
);

/**
 * The sentence gives a cause or purpose beyond the reason markers (answer-reason-pair.ts): a why-answer's first
 * sentence must give one or the other ("why did Marsh resign?" is not answered by "Marsh said the council had paid
 * Bluewater Ferries £2 million since March", review s42 B-r42-9).
 */
export function causeGiven(text: string): boolean {
  return MORE_CAUSE.test(maskScheduledDueTo(text));
}
