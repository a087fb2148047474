import { describe, expect, it } from 'vitest';
import { argumentKind } from '../../src/core/argument-kind';

/**
 * kind26's second-side words (review 2 of session 25: written after its first diff was read and untested): a
 * sentence that itself holds a second side keeps "disputed"; the same sentence without that word is one source's
 * argument and is shown as unverified. Copy written for the test.
 */
describe('an argument answered inside its own sentence stays disputed', () => {
  it.each([
    [
      'The mayor defended the levy, arguing that the quay cannot be kept open without it.',
      'The mayor spoke about the levy, arguing that the quay cannot be kept open without it.',
    ],
    [
      'Its weak polling notwithstanding, the party argued that it could still win the seat.',
      'With its weak polling in mind the party argued that it could still win the seat.',
    ],
    [
      'She did not believe the account and insisted that the ferry had left on time.',
      'She read the account and insisted that the ferry had left on time.',
    ],
  ])('%s', (answered, lone) => {
    expect(argumentKind('disputed', 'contested', answered, '')).toBe('disputed');
    expect(argumentKind('disputed', 'contested', lone, '')).toBe('unverified');
  });
  it('a next sentence that rejects the argument keeps it disputed', () => {
    const lone = 'The mayor argued that the quay cannot be kept open without the levy.';
    expect(argumentKind('disputed', 'contested', lone, 'Ferry operators rejected the figures.')).toBe('disputed');
    expect(argumentKind('disputed', 'contested', lone, 'The quay opened in 1890.')).toBe('unverified');
  });
  it.each([
    [
      'Prosecutors argued that Smith knew about the fraud for years.',
      'His lawyers said he learned of it only in March.',
    ],
    [
      'Senate Democrats argued that the bill would cut wages.',
      'Republicans said it would create jobs and raise wages.',
    ],
    ['The union argued that the new rota was unsafe.', 'The hospital said the rota met every national standard.'],
    ['The mayor insisted that the budget was balanced.', 'The city auditor found a shortfall of $4 million.'],
  ])('another party answering in the next sentence keeps it disputed: %s', (argument, next) => {
    expect(argumentKind('disputed', 'contested', argument, next)).toBe('disputed');
  });
  it('control: the same source going on in the next sentence does not answer it', () => {
    const lone = 'The mayor argued that the quay cannot be kept open without the levy.';
    expect(argumentKind('disputed', 'contested', lone, 'He said the money would be spent on the piers.')).toBe(
      'unverified',
    );
  });
});
