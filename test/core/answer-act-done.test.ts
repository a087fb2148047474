import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../src/core/analyze-article';
import { firstCited } from '../support/count-answers';

// "Who signed the cafe lease?" cited "Marsh did not sign the cafe lease" over "Reed signed the lease": the ranker
// reads no negation, and the denying sentence says one more question word. A wh-question asks about an act that
// happened, so the sentence doing it comes first. Composed copy.
const lease = analyzeArticle(`Pier cafe lease row deepens

By Ana Cole

Councillor Helen Marsh did not sign the cafe lease, her office said on Tuesday.

The lease, worth £80,000 a year, runs for ten years and covers the pier's old ticket hall.

The council's deputy leader, Tom Reed, signed the lease last month after a closed meeting.

Traders on the pier say the rent is too high for a seasonal business.
`);
const notSigned = 'Councillor Helen Marsh did not sign the cafe lease, her office said on Tuesday.';
const signed = "The council's deputy leader, Tom Reed, signed the lease last month after a closed meeting.";

const bridge = analyzeArticle(`New footbridge opens over the Wend

By Ana Cole

Mayor Ivo Blake refused to open the new Wend footbridge, saying the council had been left out of the planning.

The footbridge cost £3m and links the station to the old market.

Transport minister Ruth Kay opened the footbridge on Friday with local schoolchildren.

Cyclists have asked for a ramp at the market end.
`);
const refused =
  'Mayor Ivo Blake refused to open the new Wend footbridge, saying the council had been left out of the planning.';
const opened = 'Transport minister Ruth Kay opened the footbridge on Friday with local schoolchildren.';

const accounts = analyzeArticle(`Harbour trust accounts delayed again

By Ana Cole

The Elmouth Harbour Trust has never published its full accounts for the dredging contract, campaigners say.

The dredging contract was awarded in 2021 without a tender.

An auditor, Priya Shah, published the trust's dredging accounts in a council report in May.

The trust says the contract saved money.
`);
const never =
  'The Elmouth Harbour Trust has never published its full accounts for the dredging contract, campaigners say.';

describe('a wh-question cites the sentence doing the act, not the one denying it', () => {
  it('"did not sign" gives way to "signed"', () => {
    expect(firstCited(lease, 'Who signed the cafe lease?')).toBe(signed);
  });

  it('a passive when-question, whose verb the question parse misses, likewise', () => {
    expect(firstCited(lease, 'When was the lease signed?')).toBe(signed);
  });

  it('"refused to open" gives way to "opened"', () => {
    expect(firstCited(bridge, 'Who opened the new footbridge?')).toBe(opened);
  });

  it('"has never published" gives way to "published"', () => {
    expect(firstCited(accounts, 'Who published the full accounts for the dredging contract?')).toContain(
      'Priya Shah, published',
    );
  });

  it('controls: a yes/no question, a negative question and the asked party denying it keep the denial', () => {
    expect(firstCited(lease, 'Did Helen Marsh sign the lease?')).toBe(notSigned);
    expect(firstCited(lease, "Who didn't sign the cafe lease?")).toBe(notSigned);
    expect(firstCited(lease, 'When did Helen Marsh sign the lease?')).toBe(notSigned);
    expect(firstCited(bridge, 'Did Ivo Blake open the footbridge?')).toBe(refused);
    expect(firstCited(accounts, 'Has the trust published its accounts?')).toBe(never);
  });
});

// Review s45 B-r45-3 (engine half): "who inspected the jetty?" put "Kelso Surveys inspected the pier" first over the
// sentence denying the jetty was inspected: the act done to another object does not answer. Invented copy.
const survey = analyzeArticle(`Pier survey

Kelso Surveys inspected the pier in April, its report said. The divers never inspected the jetty.

The jetty was closed in June.
`);

describe('the act done is done to the asked object', () => {
  it('the act done to another object does not go first', () => {
    expect(firstCited(survey, 'Who inspected the jetty?')).toContain('jetty');
  });

  it('control: the object the sentence holds is answered by it', () => {
    expect(firstCited(survey, 'Who inspected the pier?')).toBe(
      'Kelso Surveys inspected the pier in April, its report said.',
    );
  });
});
