/**
 * A paper's own formula for its unnamed source (issue 13, fu64; sample 61's S61-5): "The Irish Independent
 * understands that …", "the Westport Herald has learned that …", "this newspaper understands …". The subject must be a
 * paper, a masthead's last word after another word or "this/the (news)paper", so "the minister understands that voters
 * are angry" is no sourcing. The family reads it without case, so mastheads that are common words in the phrase
 * ("the press understands", "an observer understands") are left out. The claim that follows rests on a source the
 * paper does not name: a claim to check (unverified), not the event its condition might read as pending.
 */
export const PAPER_UNDERSTANDS =
  /(?:\b[A-Z][\w'’-]* (?:Times|Journal|Post|Telegraph|Guardian|Herald|Tribune|Independent|Examiner|Mail|Mirror|Gazette|Chronicle|Echo|Argus|Courier)|\b(?:this|the) (?:news)?paper) (?:understands|has (?:learned|learnt)) that\b/;
