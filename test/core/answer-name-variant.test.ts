import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// Readers name people the way people say them ("Bernie", "Hillary") where the copy, after its first mention, writes
// the surname. The 808 writers' questions do so throughout: "how far behind Hillary is Bernie in Ohio?" cited a
// sentence that says neither, or nothing, over "Sanders trails Clinton …". The person's other name words now match
// the name asked. Composed copy.
const poll = analyzeArticle(`Harwick race tightens, poll finds

By Ana Cole

Nadia Okafor, the independent candidate for Harwick, has closed the gap on the council's leader in a new poll of the town's voters.

The poll, by Coastline Research, asked 800 voters in Harwick and Dunmore about the harbour seat.

Okafor now trails councillor Tom Reddy by four points, down from eleven in March.

Reddy said the only poll that mattered was on election day.

The seat has been held by Reddy's party since 1998.
`);
const trails = 'Okafor now trails councillor Tom Reddy by four points, down from eleven in March.';

const market = analyzeArticle(`Candidate tours Harwick fish market

By Ana Cole

Nadia Okafor, the independent candidate for Harwick, spent Monday at the town's fish market meeting traders hit by the winter floods.

The market lost two of its five cold stores in the floods, and catches have been sold at a loss since.

Okafor told the traders that the council had ignored warnings about the sea wall for a decade.

Her rival, councillor Tom Reddy, said the council had already set aside money for repairs.

Okafor grew up in Harwick and worked on her father's trawler before training as a lawyer.

Reddy said the cold stores would reopen in the spring.
`);
const trawler = "Okafor grew up in Harwick and worked on her father's trawler before training as a lawyer.";

// Two people share the surname: "Okafor" may be either, so "Nadia" reaches no sentence it does not say.
const siblings = analyzeArticle(`Candidate tours Harwick fish market

By Ana Cole

Nadia Okafor, the independent candidate for Harwick, spent Monday at the town's fish market with her brother, Sam Okafor, who runs a trawler.

The market lost two of its five cold stores in the winter floods.

Okafor worked on the family trawler before training as a lawyer.

Her rival, councillor Tom Reddy, said the council had already set aside money for repairs.
`);

describe('a person asked by first name is found where the copy writes the surname', () => {
  it('"how far behind Reddy is Nadia?" cites the sentence saying Okafor trails Reddy', () => {
    expect(firstCited(poll, 'how far behind Reddy is Nadia?')).toBe(trails);
  });

  it('"what was Nadia\'s job before politics?" is answered, not "doesn\'t say"', () => {
    expect(firstCited(market, "what was Nadia's job before politics?")).toBe(trawler);
  });

  it('control: the question naming her by surname cites the same sentence', () => {
    expect(firstCited(poll, 'how far behind Reddy is Okafor?')).toBe(trails);
  });

  it('control: a surname two people share stands for neither', () => {
    expect(firstCited(siblings, "what was Nadia's job before politics?")).toBe("doesn't say");
  });
});
