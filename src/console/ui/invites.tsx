import { useState } from 'preact/hooks';
import { call, type Schemas } from './api.ts';
import type { PageProps } from './main.tsx';
import { ResourceList } from './resource.tsx';
import { LEVEL_NAMES, refusal } from './session.ts';
import { ActionButton, Field, LevelField, Secret, Status, usePaged, useWrite, when, type Level } from './ui.tsx';

/** Addresses pasted one per line, or separated by commas, semicolons or spaces. */
export function addressesOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ];
}

export function InvitesPage(props: PageProps & { organizationId: string }) {
  const [pasted, setPasted] = useState('');
  const [level, setLevel] = useState<Level>(1);
  const [created, setCreated] = useState<Schemas['OrganizationInviteCreated'][]>([]);
  const write = useWrite();
  const revoke = useWrite();
  const path = { organization_id: props.organizationId };
  const list = usePaged(
    async (offset) => (await call('get', '/api/organizations/{organization_id}/invites/', { path, query: { limit: 50, offset } })).data,
    [props.organizationId],
  );
  const canInvite = refusal(props.who, 'organization_member:write', props.organizationId);
  const canRevoke = refusal(props.who, 'organization_member:write', props.organizationId, 8);
  const send = async (event: Event) => {
    event.preventDefault();
    const addresses = addressesOf(pasted);
    const invites = addresses.map((target_email) => ({ target_email, level }));
    const answer = await write.run(async (idempotencyKey) => {
      if (invites.length === 1)
        return [(await call('post', '/api/organizations/{organization_id}/invites/', { path, body: invites[0]!, idempotencyKey })).data];
      return (await call('post', '/api/organizations/{organization_id}/invites/bulk/', { path, body: invites, idempotencyKey })).data;
    }, `${addresses.length} invite(s) created.`);
    if (answer) {
      setCreated(answer);
      setPasted('');
      list.reload();
    }
  };
  const withdraw = async (id: string) => {
    if (
      await revoke.run(
        (idempotencyKey) => call('delete', '/api/organizations/{organization_id}/invites/{id}/', { path: { ...path, id }, idempotencyKey }),
        'Invite revoked.',
      )
    )
      list.reload();
  };
  return (
    <>
      <h2>Invites</h2>
      <section aria-labelledby="invite-heading" class="card">
        <h3 id="invite-heading">Invite people</h3>
        <form onSubmit={send}>
          <Field label="Email addresses" hint="One address, or many: one per line or separated by commas.">
            {(id) => <textarea id={id} rows={4} required value={pasted} onInput={(event) => setPasted((event.target as HTMLTextAreaElement).value)} />}
          </Field>
          <LevelField value={level} onValue={setLevel} />
          <ActionButton type="submit" reason={canInvite} busy={write.busy}>
            Send invites
          </ActionButton>
        </form>
        <Status notice={write.notice} />
        {created.length > 0 && (
          <div class="created">
            <p>Each link below is shown this once. Send it to the person it names; it signs them up.</p>
            {created.map((invite) => (
              <Secret key={invite.id} label={`Accept link for ${invite.target_email}`} value={invite.accept_url} note="Shown once: copy it now." />
            ))}
          </div>
        )}
      </section>
      <ResourceList
        list={list}
        noun="invites"
        caption="Pending invites"
        columns={[
          ['Email', (invite) => invite.target_email],
          ['Level', (invite) => LEVEL_NAMES[invite.level]],
          ['Created', (invite) => when(invite.created_at)],
          ['State', (invite) => (invite.is_expired ? <strong class="badge">Expired</strong> : 'Pending')],
        ]}
        rowClass={(invite) => (invite.is_expired ? 'expired' : undefined)}
        actions={(invite) => (
          <ActionButton reason={canRevoke} label={`Revoke the invite of ${invite.target_email}`} busy={revoke.busy} onClick={() => withdraw(invite.id)}>
            Revoke
          </ActionButton>
        )}
      >
        <Status notice={revoke.notice} />
      </ResourceList>
    </>
  );
}
