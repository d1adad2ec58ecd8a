import { useState } from 'preact/hooks';
import { call, type Schemas } from './api.ts';
import type { PageProps } from './main.tsx';
import { LEVEL_NAMES, refusal } from './session.ts';
import { ActionButton, Field, Pager, Secret, Status, usePaged, useWrite, when } from './ui.tsx';

/** Addresses pasted one per line, or separated by commas, semicolons or spaces. */
export function addressesOf(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).map((item) => item.trim()).filter(Boolean))];
}

export function InvitesPage(props: PageProps & { organizationId: string }) {
  const [pasted, setPasted] = useState('');
  const [level, setLevel] = useState(1);
  const [created, setCreated] = useState<Schemas['OrganizationInviteCreated'][]>([]);
  const write = useWrite();
  const revoke = useWrite();
  const path = { organization_id: props.organizationId };
  const list = usePaged(async (offset) => (await call('get', '/api/organizations/{organization_id}/invites/', { path, query: { limit: 50, offset } })).data, [props.organizationId]);
  const canInvite = refusal(props.who, 'organization_member:write', props.organizationId);
  const canRevoke = refusal(props.who, 'organization_member:write', props.organizationId, 8);
  const send = async (event: Event) => {
    event.preventDefault();
    const addresses = addressesOf(pasted);
    const invites = addresses.map((target_email) => ({ target_email, level: level as 1 | 8 | 15 }));
    const answer = await write.run(async (idempotencyKey) => {
      if (invites.length === 1) return [(await call('post', '/api/organizations/{organization_id}/invites/', { path, body: invites[0]!, idempotencyKey })).data];
      return (await call('post', '/api/organizations/{organization_id}/invites/bulk/', { path, body: invites, idempotencyKey })).data;
    }, `${addresses.length} invite(s) created.`);
    if (answer) {
      setCreated(answer);
      setPasted('');
      list.reload();
    }
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
          <Field label="Level">
            {(id) => (
              <select id={id} value={level} onChange={(event) => setLevel(Number((event.target as HTMLSelectElement).value))}>
                <option value={1}>Member</option>
                <option value={8}>Admin</option>
                <option value={15}>Owner</option>
              </select>
            )}
          </Field>
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
      {list.error && <p role="alert">{list.error}</p>}
      <table>
        <caption class="visually-hidden">Pending invites</caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Level</th>
            <th scope="col">Created</th>
            <th scope="col">State</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.page?.results.map((invite) => (
            <tr key={invite.id} class={invite.is_expired ? 'expired' : undefined}>
              <td>{invite.target_email}</td>
              <td>{LEVEL_NAMES[invite.level]}</td>
              <td>{when(invite.created_at)}</td>
              <td>{invite.is_expired ? <strong class="badge">Expired</strong> : 'Pending'}</td>
              <td>
                <ActionButton
                  reason={canRevoke}
                  label={`Revoke the invite of ${invite.target_email}`}
                  busy={revoke.busy}
                  onClick={async () => {
                    if (await revoke.run((idempotencyKey) => call('delete', '/api/organizations/{organization_id}/invites/{id}/', { path: { ...path, id: invite.id }, idempotencyKey }), 'Invite revoked.')) list.reload();
                  }}
                >
                  Revoke
                </ActionButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Status notice={revoke.notice} />
      <Pager page={list.page} offset={list.offset} setOffset={list.setOffset} noun="invites" />
    </>
  );
}
