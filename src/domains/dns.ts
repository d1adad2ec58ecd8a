import { Resolver } from 'node:dns/promises';

/** The TXT record name PostHog checks (and so does orgbase, so a record made for PostHog works). */
export const challengeRecordName = (domain: string) => `_posthog-challenge.${domain}`;

export interface ChallengeLookup {
  /** Whether any TXT record of the challenge name holds the challenge (its first string, as PostHog). */
  found: boolean;
  /** Why not, for the log: `ENODATA`, `ENOTFOUND`, `ETIMEOUT`, `ECONNREFUSED`, `wrong_value`... */
  reason?: string;
}

export interface DnsSettings {
  /** `host:port` resolvers (ORGBASE_DNS_SERVERS); empty for the system's. */
  servers: string[];
  /** Milliseconds per try: a verify request waits at most about twice this. */
  timeoutMs: number;
}

/**
 * Looks the challenge up. Any failure of the resolver (no record, no domain, timeout, refused,
 * malformed answer) is "not found": verification answers 200 with `is_verified: false`, never a
 * 500 (PostHog answered 500 to some resolver errors, issues #11087 and #11310).
 */
export async function lookUpChallenge(domain: string, challenge: string, settings: DnsSettings): Promise<ChallengeLookup> {
  const resolver = new Resolver({ timeout: settings.timeoutMs, tries: 2 });
  try {
    if (settings.servers.length > 0) resolver.setServers(settings.servers);
    const records = await resolver.resolveTxt(challengeRecordName(domain));
    // PostHog compares the first string of each record: a long record split in chunks is not joined.
    const found = records.some((chunks) => chunks[0] === challenge);
    return found ? { found } : { found, reason: 'wrong_value' };
  } catch (error) {
    return { found: false, reason: (error as { code?: string }).code ?? 'error' };
  } finally {
    resolver.cancel();
  }
}
