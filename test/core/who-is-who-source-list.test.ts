import { describe, expect, it } from 'vitest';
import { whoIsWhoSource } from '../../src/core/who-is-who-source';

/** A list of names a speech verb follows, read whole (review B-r44-8); copy written for the test. */
describe('who-is-who source, a coordinated list of names', () => {
  it('reads every name of a comma and "and" list as the subject of the speech verb after it', () => {
    const commas = 'Sen. Ana Ruiz, Rep. Tom Field and Rep. Lena Voss said the harbour bill would protect 400 jobs.';
    expect(whoIsWhoSource(['Ana Ruiz'], 'Senator', commas)).toBe(true);
    const chained = 'Sen. Ana Ruiz and Rep. Tom Field and Mayor Lena Voss said the harbour bill would pass.';
    expect(whoIsWhoSource(['Ana Ruiz'], 'Senator', chained)).toBe(true);
    // Control: the name two names from the verb already read as its subject before the change.
    expect(whoIsWhoSource(['Lena Voss'], 'Representative', commas)).toBe(true);
  });

  it('reads no name of a list a preposition makes an object as the subject of the verb after it', () => {
    const object = 'Dockers who campaigned for Sen. Ana Ruiz and Rep. Tom Field said they felt betrayed by the vote.';
    expect(whoIsWhoSource(['Ana Ruiz'], 'Senator', object)).toBe(false);
    expect(whoIsWhoSource(['Tom Field'], 'Representative', object)).toBe(false);
    expect(whoIsWhoSource(['Tom Field'], 'Representative', 'Aides to Rep. Tom Field said the vote was close.')).toBe(
      false,
    );
    // Controls: a list that opens the clause, or follows an opening phrase, is the verb's subject.
    const opened = 'On Tuesday, Sen. Ana Ruiz and Rep. Tom Field said they felt betrayed by the vote.';
    expect(whoIsWhoSource(['Ana Ruiz'], 'Senator', opened)).toBe(true);
    expect(whoIsWhoSource(['Tom Field'], 'Representative', opened)).toBe(true);
    // Control: the "of" of an office ("Secretary of State") makes no object.
    const office = 'Rivals former Gov. Ana Ruiz and former Secretary of State Tom Field said the vote was a disgrace.';
    expect(whoIsWhoSource(['Tom Field'], 'Secretary of State', office)).toBe(true);
    const after = 'After the vote, Sen. Ana Ruiz and Rep. Tom Field said they felt betrayed.';
    expect(whoIsWhoSource(['Tom Field'], 'Representative', after)).toBe(true);
  });

  it('control: a list no speech verb follows, or one a stop ends, makes no source', () => {
    const backed = 'Sen. Ana Ruiz, Rep. Tom Field and Rep. Lena Voss also backed the harbour bill.';
    expect(whoIsWhoSource(['Ana Ruiz'], 'Senator', backed)).toBe(false);
    const apart = 'The bill was drafted by Ana Ruiz, Tom Field and Voss. Officials said it would pass.';
    expect(whoIsWhoSource(['Ana Ruiz'], null, apart)).toBe(false);
  });
});
