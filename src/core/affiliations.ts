/** Party and national adjectives, which qualify a role rather than name a person. */

/** Party and national adjectives: "Liberal Democrat spokeswoman", "Russian officials". */
export const AFFILIATIONS = new Set(
  `Liberal Democrat Democrats Democratic Labour Conservative Conservatives Tory Tories Republican
  Republicans Green Greens Socialist Communist Nationalist Unionist Independent Lib Dem Dems SNP
  Russian American British English Scottish Welsh Irish French German Italian Spanish Chinese
  Japanese Indian Pakistani Israeli Palestinian Iraqi Iranian Afghan Syrian Egyptian Turkish Greek
  Dutch Belgian Swiss Swedish Norwegian Danish Finnish Polish Czech Hungarian Romanian Bulgarian
  Ukrainian Canadian Mexican Brazilian Argentine Australian African Kenyan Nigerian European
  Asian Arab Muslim Christian Catholic Jewish Western Eastern Northern Southern Athletics Federal`.split(/\s+/),
);
