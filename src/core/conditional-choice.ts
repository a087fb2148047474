import { gateWindow } from './gate-window';
import { leavesOpen } from './quotation-opening';
import { TIME } from './standing-rule';

/** "I" or "we" right before the modal: the speaker's own choice. */
const FIRST_PERSON = /(?:^|[^\w'’])(?:I|[Ww]e)\s+$/;

/**
 * Whether a schedule cue's "would <choose, vote…>" is a speaker's conditional choice, not an event to come (sample 50's
 * #7: "‘Between Trump and Clinton, it is clear that I would choose Trump,’ said Le Pen", an endorsement on record). In
 * direct speech a first-person "would" is the conditional mood, what the speaker would do if it came to it; the future
 * seen from a past, the reading a schedule rests on, is reported speech's ("she said she would decide", untouched).
 * With a time in the sentence ("we would decide by Friday") the choice is dated, and stays pending.
 */
export function conditionalChoice(text: string, index: number, match: string): boolean {
  return (
    /^would\b/i.test(match) &&
    FIRST_PERSON.test(gateWindow.before(text, index, 8)) &&
    leavesOpen(text.slice(0, index)) &&
    !TIME.test(text)
  );
}
