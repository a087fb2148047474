import { BlockList, isIP } from 'node:net';

/**
 * Address ranges a fetch of a user-supplied or page-supplied URL must never reach: they lead into
 * the host itself, the office network or the cloud provider's metadata service (SSRF).
 * Order matters: the first matching rule names the reason, so specific ranges come first.
 */
const RULES: ReadonlyArray<{ cidr: string; reason: string }> = [
  { cidr: '169.254.169.254/32', reason: 'a cloud metadata address' },
  { cidr: '100.100.100.200/32', reason: 'a cloud metadata address' },
  { cidr: 'fd00:ec2::254/128', reason: 'a cloud metadata address' },
  { cidr: '0.0.0.0/8', reason: 'an unspecified ("this network") address' },
  { cidr: '10.0.0.0/8', reason: 'a private network address' },
  { cidr: '100.64.0.0/10', reason: 'a carrier-grade NAT (shared) address' },
  { cidr: '127.0.0.0/8', reason: 'a loopback address' },
  { cidr: '169.254.0.0/16', reason: 'a link-local address' },
  { cidr: '172.16.0.0/12', reason: 'a private network address' },
  { cidr: '192.0.0.0/24', reason: 'an IETF protocol address' },
  { cidr: '192.0.2.0/24', reason: 'a documentation address' },
  { cidr: '192.88.99.0/24', reason: 'a 6to4 relay address' },
  { cidr: '192.168.0.0/16', reason: 'a private network address' },
  { cidr: '198.18.0.0/15', reason: 'a benchmarking address' },
  { cidr: '198.51.100.0/24', reason: 'a documentation address' },
  { cidr: '203.0.113.0/24', reason: 'a documentation address' },
  { cidr: '224.0.0.0/4', reason: 'a multicast address' },
  { cidr: '240.0.0.0/4', reason: 'a reserved address' },
  { cidr: '::/128', reason: 'an unspecified address' },
  { cidr: '::1/128', reason: 'a loopback address' },
  // IPv4-compatible (deprecated) and NAT64 addresses can smuggle any IPv4 target.
  { cidr: '::/96', reason: 'an IPv4-compatible IPv6 address' },
  { cidr: '64:ff9b::/96', reason: 'a NAT64 address' },
  { cidr: '64:ff9b:1::/48', reason: 'a NAT64 address' },
  { cidr: '100::/64', reason: 'a discard-only address' },
  { cidr: '2001:db8::/32', reason: 'a documentation address' },
  { cidr: '2002::/16', reason: 'a 6to4 address' },
  { cidr: 'fc00::/7', reason: 'a unique-local (private) address' },
  { cidr: 'fe80::/10', reason: 'a link-local address' },
  { cidr: 'fec0::/10', reason: 'a site-local address' },
  { cidr: 'ff00::/8', reason: 'a multicast address' },
];

const compiled = RULES.map(({ cidr, reason }) => {
  const [network = '', bits = ''] = cidr.split('/');
  const type = isIP(network) === 6 ? 'ipv6' : 'ipv4';
  const list = new BlockList();
  list.addSubnet(network, Number(bits), type);
  return { list, reason };
});

/**
 * Why `address` (an IP literal) must not be fetched, or null when it is a public address.
 * IPv4-mapped IPv6 (::ffff:10.0.0.5) is checked as the IPv4 address it maps to.
 */
export function addressRefusal(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return 'not an IP address';
  const type = family === 6 ? 'ipv6' : 'ipv4';
  for (const rule of compiled) {
    if (rule.list.check(bare, type)) return rule.reason;
  }
  return null;
}

const METADATA = new BlockList();
for (const rule of RULES) {
  if (rule.reason !== 'a cloud metadata address') continue;
  const [network = '', bits = ''] = rule.cidr.split('/');
  METADATA.addSubnet(network, Number(bits), isIP(network) === 6 ? 'ipv6' : 'ipv4');
}

/**
 * Cloud metadata services hand out credentials: refused even when private addresses are allowed
 * (NEWSBRIEF_FETCH_ALLOW_PRIVATE), including as IPv4-mapped IPv6.
 */
export function isMetadataAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '');
  const family = isIP(bare);
  if (family === 0) return false;
  return METADATA.check(bare, family === 6 ? 'ipv6' : 'ipv4');
}
