import { useState } from 'preact/hooks';
import { call, etagOf } from './api.ts';
import type { PageProps } from './main.tsx';
import { ResourceList, TextForm, useDraft } from './resource.tsx';
import { refusal } from './session.ts';
import { ActionButton, Secret, Status, usePaged, useWrite, when } from './ui.tsx';

/** The DNS record a domain's owner publishes, named as the verify call looks it up. */
const recordName = (domain: string) => `_posthog-challenge.${domain}`;

export function DomainsPage(props: PageProps & { organizationId: string }) {
  const [token, setToken] = useState<{ domain: string; value: string; baseUrl: string | null } | null>(null);
  const write = useWrite();
  const path = { organization_id: props.organizationId };
  const list = usePaged(
    async (offset) => (await call('get', '/api/organizations/{organization_id}/domains/', { path, query: { limit: 50, offset } })).data,
    [props.organizationId],
  );
  const canWrite = refusal(props.who, 'organization:write', props.organizationId, 8);
  const draft = useDraft(
    write,
    (domain, idempotencyKey) => call('post', '/api/organizations/{organization_id}/domains/', { path, body: { domain }, idempotencyKey }),
    'Domain added: publish its TXT record, then verify.',
    list.reload,
  );
  const verify = async (id: string) => {
    const answer = await write.run((idempotencyKey) =>
      call('post', '/api/organizations/{organization_id}/domains/{id}/verify/', { path: { ...path, id }, idempotencyKey }),
    );
    if (answer) {
      write.setNotice({
        kind: answer.data.is_verified ? 'ok' : 'error',
        text: answer.data.is_verified
          ? `${answer.data.domain} is verified.`
          : `The TXT record of ${answer.data.domain} was not found yet (DNS may take hours to propagate).`,
      });
      list.reload();
    }
  };
  const fresh = (id: string) => etagOf('/api/organizations/{organization_id}/domains/{id}/', { ...path, id });
  const setScim = async (id: string, enabled: boolean) => {
    const answer = await write.run(
      async (idempotencyKey) =>
        call('patch', '/api/organizations/{organization_id}/domains/{id}/', {
          path: { ...path, id },
          body: { scim_enabled: enabled },
          ifMatch: await fresh(id),
          idempotencyKey,
        }),
      enabled ? 'SCIM is on.' : 'SCIM is off; its token no longer works.',
    );
    if (answer?.data.scim_bearer_token) setToken({ domain: answer.data.domain, value: answer.data.scim_bearer_token, baseUrl: answer.data.scim_base_url });
    list.reload();
  };
  const rotate = async (id: string, name: string) => {
    const answer = await write.run(
      (idempotencyKey) => call('post', '/api/organizations/{organization_id}/domains/{id}/scim/token/', { path: { ...path, id }, idempotencyKey }),
      'New SCIM token issued; the old one stopped working.',
    );
    if (answer) setToken({ domain: name, value: answer.data.scim_bearer_token, baseUrl: answer.data.scim_base_url });
  };
  const destroy = async (id: string) => {
    if (
      await write.run(
        async (idempotencyKey) =>
          call('delete', '/api/organizations/{organization_id}/domains/{id}/', { path: { ...path, id }, ifMatch: await fresh(id), idempotencyKey }),
        'Domain removed.',
      )
    )
      list.reload();
  };
  return (
    <>
      <h2>Verified domains</h2>
      <p>
        Prove the organization owns an email domain with a DNS TXT record, then let an identity provider (Okta, Entra ID) provision its members over SCIM.
        Admins and owners change domains; members see them.
      </p>
      <TextForm label="Domain" hint="Lower-case, e.g. example.com" maxLength={128} submit="Add domain" reason={canWrite} {...draft} />
      {token && (
        <div class="card">
          <p>
            SCIM for {token.domain}: base URL <span class="mono">{token.baseUrl ?? '(set SITE_URL)'}</span>
          </p>
          <Secret label={`SCIM bearer token for ${token.domain}`} value={token.value} note="Shown once: give it to the identity provider now." />
        </div>
      )}
      <Status notice={write.notice} />
      <ResourceList
        list={list}
        noun="domains"
        caption="Domains"
        columns={[
          ['Domain', (row) => row.domain],
          ['TXT record to publish', (row) => `${recordName(row.domain)} = ${row.verification_challenge}`, true],
          ['Verified', (row) => (row.is_verified ? `Yes, ${when(row.verified_at)}` : 'Not yet')],
          ['SCIM', (row) => (row.scim_enabled ? 'On' : row.is_verified ? 'Off' : 'Needs verification')],
        ]}
        actions={(row) => (
          <>
            {!row.is_verified && (
              <ActionButton reason={canWrite} busy={write.busy} label={`Verify ${row.domain}`} onClick={() => verify(row.id)}>
                Verify
              </ActionButton>
            )}
            {row.is_verified && (
              <ActionButton
                reason={canWrite}
                busy={write.busy}
                label={`${row.scim_enabled ? 'Turn off' : 'Turn on'} SCIM for ${row.domain}`}
                onClick={() => setScim(row.id, !row.scim_enabled)}
              >
                {row.scim_enabled ? 'Turn SCIM off' : 'Turn SCIM on'}
              </ActionButton>
            )}
            {row.scim_enabled && (
              <ActionButton reason={canWrite} busy={write.busy} label={`New SCIM token for ${row.domain}`} onClick={() => rotate(row.id, row.domain)}>
                New SCIM token
              </ActionButton>
            )}
            <ActionButton danger reason={canWrite} busy={write.busy} label={`Remove ${row.domain}`} onClick={() => destroy(row.id)}>
              Remove
            </ActionButton>
          </>
        )}
      />
    </>
  );
}
