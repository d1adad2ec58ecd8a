// Where a webhook may be sent: no request of orgbase's reaches a private network unless the
// operator allows it, whatever a hostname resolves to at the moment of sending.
import dns from 'node:dns';
import net from 'node:net';
import { ValidationError } from '../domain/errors.ts';

export type AddressClass = 'public' | 'private' | 'forbidden';

const PRIVATE = new net.BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network": 0.0.0.0 reaches the local host on Linux
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata services
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
] as const)
  PRIVATE.addSubnet(network, prefix, 'ipv6');

const FORBIDDEN = new net.BlockList();
FORBIDDEN.addSubnet('224.0.0.0', 3, 'ipv4'); // multicast, reserved, broadcast
FORBIDDEN.addSubnet('ff00::', 8, 'ipv6'); // multicast

/** IPv4 carried in IPv6 (mapped, NAT64) is judged as the IPv4 address it reaches. */
function embeddedIpv4(address: string): string | undefined {
  const lower = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower) ?? /^64:ff9b::(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return mapped[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const high = parseInt(hex[1]!, 16);
    const low = parseInt(hex[2]!, 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return undefined;
}

export function classifyAddress(address: string): AddressClass {
  const v4 = net.isIPv4(address) ? address : embeddedIpv4(address);
  if (v4 !== undefined) {
    if (FORBIDDEN.check(v4, 'ipv4')) return 'forbidden';
    return PRIVATE.check(v4, 'ipv4') ? 'private' : 'public';
  }
  if (FORBIDDEN.check(address, 'ipv6')) return 'forbidden';
  return PRIVATE.check(address, 'ipv6') ? 'private' : 'public';
}

/** Why a destination is refused, or undefined when it may be reached. */
export function refusalOf(protocol: string, address: string, allowPrivate: boolean): string | undefined {
  const kind = classifyAddress(address);
  if (kind === 'forbidden') return `${address} is a multicast or reserved address`;
  if (kind === 'private' && !allowPrivate) return `${address} is a private or loopback address`;
  if (protocol === 'http:' && kind !== 'private') return 'http:// is only allowed to private or loopback addresses; use https://';
  return undefined;
}

/** A URL as stored: checked for everything that can be known without resolving its host. */
export function validateWebhookUrl(raw: string, allowPrivate: boolean): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ValidationError('Enter a valid URL.', { attr: 'url', code: 'invalid' });
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && allowPrivate)) {
    throw new ValidationError(
      allowPrivate ? 'The URL must start with https:// (or http:// to a private or loopback address).' : 'The URL must start with https://.',
      { attr: 'url', code: 'invalid_url' },
    );
  }
  if (url.username || url.password) throw new ValidationError('The URL must not contain credentials.', { attr: 'url', code: 'invalid_url' });
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (net.isIP(host)) {
    const refusal = refusalOf(url.protocol, host, allowPrivate);
    if (refusal) throw new ValidationError(`The URL cannot be used: ${refusal}.`, { attr: 'url', code: 'invalid_url' });
  } else if (!allowPrivate && (host === 'localhost' || host.endsWith('.localhost'))) {
    throw new ValidationError('The URL cannot be used: localhost is a loopback address.', { attr: 'url', code: 'invalid_url' });
  }
  url.hash = '';
  return url.toString();
}

export interface ResolvedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves the URL's host now and checks every address it gives: one private address among
 * public ones refuses the lot (a name that resolves differently on each lookup could otherwise
 * be steered). The request then connects to the address checked here, never resolving again.
 */
export async function resolveDestination(url: URL, allowPrivate: boolean): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = net.isIP(host)
    ? [{ address: host, family: net.isIP(host) as 4 | 6 }]
    : ((await dns.promises.lookup(host, { all: true, verbatim: true })) as ResolvedAddress[]);
  if (addresses.length === 0) throw new Error(`${host} has no address`);
  for (const { address } of addresses) {
    const refusal = refusalOf(url.protocol, address, allowPrivate);
    if (refusal) throw new Error(`refused: ${host} resolves to ${refusal}`);
  }
  return addresses[0]!;
}
