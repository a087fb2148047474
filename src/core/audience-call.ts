/**
 * "Speakers took turns urging the crowd to focus on the plight of …", "she closed by calling on attendees to oppose
 * bigotry": a call whose addressee is the speaker's own audience, the people gathered to hear it, is the speech told
 * as its scene. The audience answers (or not) in the room, and no one's act is left for the story to wait on (hand-read
 * sample 56's #37; the PolNeAR articles hold two such calls, both rally speeches). Only the words for the people
 * present at an event (a closed class): a body that meets ("urged the convention to adopt the plank", "called on the
 * council to …") has a decision to make and stays pending. `match` is the request family's: the call's verb, its
 * addressee, then "to" and the act's verb.
 */
const AUDIENCE =
  /^(?:call(?:ed|s|ing)?\s+on|urg(?:ed|es|ing))\s+(?:(?:the|his|her|their|its|our)\s+)?(?:assembled\s+|gathered\s+)?(?:crowds?|audiences?|attendees|listeners|spectators|onlookers|rally-?goers)\s+to\s/i;

export function audienceCall(match: string): boolean {
  return AUDIENCE.test(match);
}
