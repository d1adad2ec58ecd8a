import type { EndpointRow } from './repository.ts';
import { SecretKeyMissing, type SecretBox } from './secrets.ts';

/** What a sealed secret is bound to: its endpoint, so it cannot be moved to another. */
export const sealContext = (endpointId: string) => `webhook:${endpointId}`;

/**
 * The secrets that sign the endpoint's deliveries now: its secret, and during the day after a
 * rotation the one it replaced (receivers may still hold it).
 */
export function signingSecretsOf(
  box: SecretBox | undefined,
  endpoint: Pick<EndpointRow, 'id' | 'secret_encrypted' | 'previous_secret_encrypted' | 'previous_secret_expires_at'>,
): string[] {
  if (!box) throw new SecretKeyMissing();
  const secrets = [box.open(endpoint.secret_encrypted, sealContext(endpoint.id))];
  if (endpoint.previous_secret_encrypted && endpoint.previous_secret_expires_at && Date.parse(endpoint.previous_secret_expires_at) > Date.now()) {
    secrets.push(box.open(endpoint.previous_secret_encrypted, sealContext(endpoint.id)));
  }
  return secrets;
}
