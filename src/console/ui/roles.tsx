import { useEffect, useState } from 'preact/hooks';
import { call, sentence, type Schemas } from './api.ts';
import type { PageProps } from './main.tsx';
import { refusal } from './session.ts';
import { ActionButton, Field, Pager, Status, usePaged, useWrite } from './ui.tsx';

type Props = PageProps & { organizationId: string };

function RoleEditor(props: Props & { roleId: string; onDone: () => void }) {
  const [role, setRole] = useState<{ data: Schemas['Role']; etag: string | null } | null>(null);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const write = useWrite();
  const path = { organization_id: props.organizationId, id: props.roleId };
  const membershipsPath = { organization_id: props.organizationId, role_id: props.roleId };
  const canWrite = refusal(props.who, 'organization:write', props.organizationId, 8);
  const load = async () => {
    const answer = await call('get', '/api/organizations/{organization_id}/roles/{id}/', { path });
    setRole({ data: answer.data, etag: answer.etag });
    setName(answer.data.name);
  };
  const memberships = usePaged(async (offset) => (await call('get', '/api/organizations/{organization_id}/roles/{role_id}/role_memberships/', { path: membershipsPath, query: { limit: 50, offset } })).data, [props.roleId]);
  useEffect(() => void load().catch((error) => write.setNotice({ kind: 'error', text: sentence(error) })), [props.roleId]);
  if (!role) return <Status notice={write.notice} />;
  const rename = async (event: Event) => {
    event.preventDefault();
    const saved = await write.run((idempotencyKey) => call('patch', '/api/organizations/{organization_id}/roles/{id}/', { path, body: { name }, ifMatch: role.etag, idempotencyKey }), 'Role renamed.');
    if (saved) {
      setRole({ data: saved.data, etag: saved.etag });
      props.onDone();
    }
  };
  const destroy = async () => {
    if (await write.run((idempotencyKey) => call('delete', '/api/organizations/{organization_id}/roles/{id}/', { path, ifMatch: role.etag, idempotencyKey }), 'Role deleted.')) props.onDone();
  };
  const add = async (event: Event) => {
    event.preventDefault();
    const added = await write.run(async (idempotencyKey) => {
      const found = await call('get', '/api/organizations/{organization_id}/members/', { path: { organization_id: props.organizationId }, query: { email } });
      const member = found.data.results[0];
      if (!member) throw new Error(`No member of this organization has the address ${email}.`);
      return call('post', '/api/organizations/{organization_id}/roles/{role_id}/role_memberships/', { path: membershipsPath, body: { user_uuid: member.user.uuid }, idempotencyKey });
    }, 'Member added to the role.');
    if (added) {
      setEmail('');
      memberships.reload();
    }
  };
  return (
    <section aria-labelledby="role-heading" class="card">
      <h3 id="role-heading">Role: {role.data.name}</h3>
      <form class="inline" onSubmit={rename}>
        <Field label="Role name">{(id) => <input id={id} required value={name} onInput={(event) => setName((event.target as HTMLInputElement).value)} />}</Field>
        <ActionButton type="submit" reason={canWrite} busy={write.busy}>
          Rename role
        </ActionButton>
        <ActionButton danger reason={canWrite} busy={write.busy} onClick={destroy}>
          Delete role
        </ActionButton>
      </form>
      <form class="inline" onSubmit={add}>
        <Field label="Add a member by email">{(id) => <input id={id} type="email" required value={email} onInput={(event) => setEmail((event.target as HTMLInputElement).value)} />}</Field>
        <ActionButton type="submit" reason={canWrite} busy={write.busy}>
          Add to role
        </ActionButton>
      </form>
      <Status notice={write.notice} />
      <table>
        <caption>Members of {role.data.name}</caption>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {memberships.page?.results.map((membership) => (
            <tr key={membership.id}>
              <td>{membership.user.email}</td>
              <td>
                <ActionButton
                  reason={canWrite}
                  label={`Remove ${membership.user.email} from the role`}
                  busy={write.busy}
                  onClick={async () => {
                    const read = await call('get', '/api/organizations/{organization_id}/roles/{role_id}/role_memberships/{id}/', { path: { ...membershipsPath, id: membership.id } });
                    if (await write.run((idempotencyKey) => call('delete', '/api/organizations/{organization_id}/roles/{role_id}/role_memberships/{id}/', { path: { ...membershipsPath, id: membership.id }, ifMatch: read.etag, idempotencyKey }), 'Removed from the role.')) memberships.reload();
                  }}
                >
                  Remove
                </ActionButton>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={memberships.page} offset={memberships.offset} setOffset={memberships.setOffset} noun="role members" />
    </section>
  );
}

export function RolesPage(props: Props) {
  const [name, setName] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const write = useWrite();
  const path = { organization_id: props.organizationId };
  const list = usePaged(async (offset) => (await call('get', '/api/organizations/{organization_id}/roles/', { path, query: { limit: 50, offset } })).data, [props.organizationId]);
  const create = async (event: Event) => {
    event.preventDefault();
    if (await write.run((idempotencyKey) => call('post', '/api/organizations/{organization_id}/roles/', { path, body: { name }, idempotencyKey }), 'Role created.')) {
      setName('');
      list.reload();
    }
  };
  return (
    <>
      <h2>Roles</h2>
      <form class="inline" onSubmit={create}>
        <Field label="New role name">{(id) => <input id={id} required value={name} onInput={(event) => setName((event.target as HTMLInputElement).value)} />}</Field>
        <ActionButton type="submit" reason={refusal(props.who, 'organization:write', props.organizationId, 8)} busy={write.busy}>
          Create role
        </ActionButton>
      </form>
      <Status notice={write.notice} />
      {list.error && <p role="alert">{list.error}</p>}
      <table>
        <caption class="visually-hidden">Roles</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Members</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.page?.results.map((role) => (
            <tr key={role.id}>
              <td>{role.name}</td>
              <td>{role.members.length}</td>
              <td>
                <button type="button" aria-label={`Open role ${role.name}`} onClick={() => setSelected(role.id)}>
                  Open
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={list.page} offset={list.offset} setOffset={list.setOffset} noun="roles" />
      {selected && <RoleEditor key={selected} {...props} roleId={selected} onDone={() => (setSelected(null), list.reload())} />}
    </>
  );
}
