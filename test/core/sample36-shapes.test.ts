import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';

/**
 * The shapes session 39's sample 36 fixed by construction (docs/hand-read-questions.md, "Sample 36", #30 and #49), on
 * copy written for the test in more than one house style. Each case failed on main's head `c05e71c5`; each control
 * passes on both.
 */

function questionsOf(body: string, lead = 'The board met on Tuesday.'): string[] {
  return analyzeArticle(`Local news in brief\n\n${lead} ${body}`).questions.map((q) => q.text);
}

describe('a claim is never cut at the closing comma of an aside after a relative "that"/"which" (sample 36 #49)', () => {
  it.each([
    // US copy: a verbless aside, the relative clause's verb after it.
    'Council officials say the land deal was a sensible step to take with a developer that, once a rival, is now a key part of the harbour scheme and an important employer as its business grows.',
    // British copy: the aside holds a noun ending in -s, an auxiliary after its comma.
    "Harbour officials say the dredging deal was a sensible step with a contractor that, under the new rules, will pay the port's legal costs if the work runs late.",
  ])('%s', (sentence) => {
    const asked = questionsOf(sentence);
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.some((q) => /\bthat, [^,]+, and can they be named\?$/.test(q))).toBe(false);
  });

  it('a relative "which," with an aside after it ends the claim before it', () => {
    expect(
      questionsOf(
        "Mayor Dana Reyes warned that the new stadium would not be a cure for the town's traffic problems, which, even now, clog the ring road every weekday morning.",
      ),
    ).toContain("Is Mayor Dana Reyes right that the new stadium would not be a cure for the town's traffic problems?");
  });

  it('control: a relative "which" with no aside was already cut before it', () => {
    expect(
      questionsOf(
        "Mayor Dana Reyes warned that the new stadium would not be a cure for the town's traffic problems, which clog the ring road every weekday morning.",
      ),
    ).toContain("Is Mayor Dana Reyes right that the new stadium would not be a cure for the town's traffic problems?");
  });

  it('control: after a demonstrative "that," a clause with its own verb follows, and its comma is left alone', () => {
    expect(
      questionsOf(
        "Campaign aides believe if they can do that, she'll have a shot at yet another big win, in the biggest ward of them all, the harbour district's May 7 vote.",
      ),
    ).toContain(
      "Unverified: “Campaign aides believe if they can do that, she'll have a shot at yet another big win, in the biggest ward of them all, the harbour district's May 7 vote.”",
    );
  });
});

describe("a quote's speech tag split from its quote is no passage (sample 36 #30)", () => {
  it.each([
    // The closing mark set off by a space, so it opens the tag's sentence.
    'The councillors left the meeting early. "And what does that mean for the families on the estate? " Smith asked, according to a transcript of the meeting. The council will vote on the plan in June.',
    // The closing mark kept with its question.
    'The councillors left the meeting early. "And what does that mean for the families on the estate?" Smith asked, according to a transcript of the meeting. The council will vote on the plan in June.',
  ])('%s', (body) => {
    const asked = questionsOf(body);
    expect(asked).toContain('Will the council vote on the plan in June?');
    expect(asked.some((q) => q.includes('Smith asked, according to a transcript'))).toBe(false);
  });

  it('control: a tag that runs on into a claim of its own is still read', () => {
    expect(
      questionsOf(
        'Residents packed the hall. "Who is going to pay for all of this?" Smith asked, adding that the council had reportedly hidden the true cost of the scheme from voters.',
      ),
    ).toContain(
      'Unverified: “Smith asked, adding that the council had reportedly hidden the true cost of the scheme from voters.”',
    );
  });

  // Session 46 (kind62) made a quoted question no claim, so the old copy showed no passage and the control asserted
  // only an absence, which an empty list passes (review 47, B-r47-11). A quoted claim keeps a passage to look at.
  it('control: a tag that holds its quote is not split from it', () => {
    const asked = questionsOf(
      'Residents packed the hall. "The pier will cost twice the estimate," the ward councillor said, according to a recording of the meeting. The council will vote on the plan in June.',
    );
    expect(asked).toContain(
      'Unverified: “‘The pier will cost twice the estimate,’ the ward councillor said, according to a recording of the meeting.”',
    );
    expect(asked.some((q) => /“the ward councillor said/i.test(q))).toBe(false);
  });
});
