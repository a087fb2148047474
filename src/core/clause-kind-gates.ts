import { audienceCall } from './audience-call';
import { dismissedPost } from './dismissed-post';
import { earlierPhaseOngoing } from './earlier-phase-ongoing';
import { findinglessPoll } from './findingless-poll';
import { gerundSubjectCue } from './gerund-subject-cue';
import type { KindGate } from './kind-gates';
import { messageContentCall } from './message-content-call';
import { narratedConflict } from './narrated-conflict';
import { negativeSubjectCue } from './negative-subject-cue';
import { particleOngoing } from './particle-ongoing';
import { passedDeadline } from './passed-deadline';
import { permittedChallenge } from './permitted-challenge';
import { relativeThatCue } from './relative-that-cue';
import { sceneHearsay } from './scene-hearsay';
import { withheldRequest } from './withheld-request';

/**
 * Disputed needs a claim challenged, not an act faulted: "Internet companies have been criticized for not taking
 * down websites that belong to the Islamic State" (issue 13, sample 24's #35; narrated-conflict.ts).
 */
const ACT_CHALLENGE: KindGate = {
  name: 'act-challenge',
  lacks: (f, text, index, match) => f.shape === 'challenge' && narratedConflict(text, index, match, true),
};

/**
 * A plan and one side's challenge need the sentence's own claim, not a subject relative's verb: "A party that
 * rejects Nikki Haley as a spokeswoman is one that …" (issue 13, sample 24's #45; relative-that-cue.ts).
 */
const RELATIVE_THAT: KindGate = {
  name: 'relative-that',
  lacks: (f, text, index, match) =>
    (f.shape === 'plan' || f.shape === 'challenge' || f.shape === 'contested' || f.shape === 'ongoing') &&
    relativeThatCue(text, index, match),
};

/**
 * Unverified needs the passage's own claim, not hearsay that only sets its scene: "As the rumours broke, the senator
 * sought to …" (issue 13, session 37, kind51; scene-hearsay.ts).
 */
const SCENE_HEARSAY: KindGate = {
  name: 'scene-hearsay',
  lacks: (f, text, index, match, reads) =>
    (f.shape === 'claim' || f.shape === 'hedged') && sceneHearsay(text, index, match, reads),
};

/**
 * Pending needs a deadline still to come, not one the sentence's past act already met: "his district received a flurry
 * of … applications before the March 15 deadline" (issue 13, sample 44's #24; passed-deadline.ts).
 */
const PASSED_DEADLINE: KindGate = {
  name: 'passed-deadline',
  lacks: (f, text, index, match) => f.shape === 'ultimatum' && passedDeadline(text, index, match),
};

/**
 * Disputed needs a claim rejected, not a post lost: "Lewandowski was dismissed on Monday as Trump's campaign manager"
 * tells a firing (issue 13, sample 48's #32; dismissed-post.ts). "Was dismissed as nonsense" keeps its challenge.
 */
const DISMISSED_POST: KindGate = {
  name: 'dismissed-post',
  lacks: (f, text, index, match) => f.shape === 'challenge' && dismissedPost(text, index, match),
};

/**
 * Pending needs a call made or an event scheduled, not a message's content: "Francis' message is to call on all
 * Christians to …", "the charity's message was to …" (sample 53's #32; message-content-call.ts).
 */
const MESSAGE_CONTENT_CALL: KindGate = {
  name: 'message-content-call',
  lacks: (f, text, index, match) =>
    (f.shape === 'request' && messageContentCall(text, index)) ||
    (f.shape === 'schedule' &&
      /^(?:is|are|was|were) to$/i.test(match) &&
      messageContentCall(text, index + match.length)),
};

/**
 * Disputed needs a challenge made, not one a rule would permit: "permitting delegates … to invoke a moral objection to
 * free themselves" (sample 53's #8; permitted-challenge.ts).
 */
const PERMITTED_CHALLENGE: KindGate = {
  name: 'permitted-challenge',
  lacks: (f, text, index, match) => f.shape === 'challenge' && permittedChallenge(text, index, match),
};

/**
 * Unverified needs a poll's own finding to check, not "things a little differently" (sample 53's #9;
 * findingless-poll.ts).
 */
const FINDINGLESS_POLL: KindGate = {
  name: 'findingless-poll',
  lacks: (f, text, index, match) => f.shape === 'poll' && findinglessPoll(text, index, match),
};

/**
 * Disputed needs a challenge made, not one the sentence weighs: "Casting doubt on the leaks may be easier now than …", a
 * gerund subject under a copula or a modal's "be" (sample 54's #31; gerund-subject-cue.ts).
 */
const GERUND_SUBJECT: KindGate = {
  name: 'gerund-subject',
  // Disputed only: "Polling shows that …" opens on an -ing noun whose own verb follows, a finding, not an act weighed.
  lacks: (f, text, index, match) => f.kind === 'disputed' && gerundSubjectCue(text, index, match),
};

/**
 * Pending needs a choice still being made, not a phrasal verb: "Obama was weighing in by phone with the leaders …"
 * commented (sample 54's #11; particle-ongoing.ts).
 */
const PARTICLE_ONGOING: KindGate = {
  name: 'particle-ongoing',
  lacks: (f, text, index, match) => f.shape === 'ongoing' && particleOngoing(text, index, match),
};

/**
 * Pending needs someone whose plan or decision is to come, not a generality: "Nobody … wants to vote for a candidate
 * from the 1960s" (sample 55's #39; negative-subject-cue.ts).
 */
const NEGATIVE_SUBJECT: KindGate = {
  name: 'negative-subject',
  lacks: (f, text, index) => f.kind === 'pending' && negativeSubjectCue(text, index),
};

/**
 * Pending needs a choice still open, not one an adverb of an earlier phase puts behind the story: "At one point, she
 * said, she was considering supporting …" (sample 56's #7; earlier-phase-ongoing.ts).
 */
const EARLIER_PHASE: KindGate = {
  name: 'earlier-phase',
  lacks: (f, text, index, match) => f.shape === 'ongoing' && earlierPhaseOngoing(text, index, match),
};

/**
 * Pending needs a call on someone with an act to come, not a speaker's call on the audience in the room: "speakers
 * took turns urging the crowd to focus on …" (sample 56's #37; audience-call.ts).
 */
const AUDIENCE_CALL: KindGate = {
  name: 'audience-call',
  lacks: (f, _text, _index, match) => f.shape === 'request' && audienceCall(match),
};

/**
 * Pending needs a call made, not one the sentence says was held back: "careful not to anger Mr. Sanders by urging him
 * to quit the race", "without calling on the board to …", "stopped short of urging …" (sample 57's #38;
 * withheld-request.ts).
 */
const WITHHELD_REQUEST: KindGate = {
  name: 'withheld-request',
  lacks: (f, text, index) => f.shape === 'request' && withheldRequest(text, index),
};

/** Gates that read the clause a cue stands in (split from kind-gates.ts), in the order the engine applies them. */
export const clauseKindGates = {
  ACT_CHALLENGE,
  RELATIVE_THAT,
  SCENE_HEARSAY,
  PASSED_DEADLINE,
  DISMISSED_POST,
  MESSAGE_CONTENT_CALL,
  PERMITTED_CHALLENGE,
  FINDINGLESS_POLL,
  GERUND_SUBJECT,
  PARTICLE_ONGOING,
  NEGATIVE_SUBJECT,
  EARLIER_PHASE,
  AUDIENCE_CALL,
  WITHHELD_REQUEST,
};
