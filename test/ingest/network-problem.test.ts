import { describe, expect, it } from 'vitest';
import { networkProblem } from '../../src/ingest/network-problem';

/** undici's shape: TypeError('fetch failed') with the socket error as its cause. */
const fetchFailed = (cause: object) => Object.assign(new TypeError('fetch failed'), { cause });

describe('networkProblem', () => {
  it.each([
    [{ code: 'ENOTFOUND' }, 'name not found'],
    [{ code: 'UND_ERR_CONNECT_TIMEOUT' }, 'no answer in 10 s'],
    [{ code: 'ETIMEDOUT' }, 'no answer in 10 s'],
    [{ code: 'CERT_HAS_EXPIRED' }, 'its security certificate has expired'],
    [{ code: 'EHOSTUNREACH' }, 'that address cannot be reached from here'],
  ])('words %o', (cause, words) => {
    expect(networkProblem(fetchFailed(cause), 10_000)).toBe(words);
  });

  it('finds the code one level deeper, and keeps an unknown code after words', () => {
    expect(networkProblem(fetchFailed({ message: 'x', cause: { code: 'ECONNREFUSED' } }), 5_000)).toMatch(
      /^connection refused/,
    );
    expect(networkProblem(fetchFailed({ code: 'EWEIRD' }), 5_000)).toBe('the connection failed (EWEIRD)');
    expect(networkProblem(new Error('boom'), 5_000)).toBe('the connection failed');
  });
});
