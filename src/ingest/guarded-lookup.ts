import { promises as dns, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { addressRefusal, isMetadataAddress } from './address-policy';
import { FetchError } from './fetch-error';

/** Resolves a host name to every address it has (injectable so tests never touch real DNS). */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export const systemResolveHost: ResolveHost = (hostname) => dns.lookup(hostname, { all: true, verbatim: true });

type LookupCallback = (error: Error | null, address: string | LookupAddress[], family?: number) => void;
/** The `lookup` signature net.connect / tls.connect call (sometimes with `all: true`). */
export type SocketLookup = (
  hostname: string,
  options: { family?: number | string; all?: boolean },
  callback: LookupCallback,
) => void;

/** Which addresses may be reached: everything (allowPrivate), or public ones plus an exact allowlist. */
export interface AddressGate {
  allowPrivate: boolean;
  /** Exact IPs reachable although private (one intranet server; the tests' 127.0.0.1). */
  allowAddresses?: readonly string[];
}

function refusalFor(address: string, gate: AddressGate): string | null {
  if (gate.allowAddresses?.includes(address)) return null;
  // Allowing private addresses is for intranets; the metadata service's credentials stay out.
  if (gate.allowPrivate) return isMetadataAddress(address) ? 'a cloud metadata address' : null;
  return addressRefusal(address);
}

/** Throws a FetchError when an IP literal host is one we must not reach. */
export function checkLiteralHost(hostname: string, gate: AddressGate): void {
  const bare = hostname.replace(/^\[|\]$/g, '');
  if (isIP(bare) === 0) return;
  const reason = refusalFor(bare, gate);
  if (reason) throw new FetchError('refused', `Refused to fetch ${hostname}: it is ${reason}.`);
}

/**
 * A socket lookup that resolves, refuses the whole host if ANY of its addresses is private (so a
 * DNS answer cannot mix a public decoy with an internal target), and hands the socket exactly the
 * addresses it checked: the connection goes where the check looked, on every hop.
 */
export function createGuardedLookup(resolve: ResolveHost, gate: AddressGate): SocketLookup {
  return (hostname, options, callback) => {
    resolve(hostname)
      .then((all) => {
        const family = options.family === 'IPv4' ? 4 : options.family === 'IPv6' ? 6 : Number(options.family ?? 0);
        const addresses = family === 4 || family === 6 ? all.filter((a) => a.family === family) : all;
        const first = addresses[0];
        if (!first) throw new FetchError('dns', `Could not find the address of ${hostname}.`);
        for (const { address } of all) {
          const reason = refusalFor(address, gate);
          if (reason)
            throw new FetchError('refused', `Refused to fetch ${hostname}: it resolves to ${address}, ${reason}.`);
        }
        if (options.all) callback(null, addresses);
        else callback(null, first.address, first.family);
      })
      .catch((error: unknown) => {
        const wrapped = error instanceof Error ? error : new Error(String(error));
        const code = (error as { code?: string }).code;
        if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
          callback(new FetchError('dns', `Could not find the address of ${hostname}.`), []);
        else callback(wrapped, []);
      });
  };
}
