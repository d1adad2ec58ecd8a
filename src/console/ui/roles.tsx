import { useState } from 'preact/hooks';
import { call, etagOf } from './api.ts';
import type { PageProps } from './main.tsx';
import { ResourceList, TextForm, useDraft, useVersioned } from './resource.tsx';
import { refusal } from './session.ts';
import { ActionButton, Status, usePaged, useWrite } from './ui.tsx';

type Props = PageProps & { organizationId: string };

function RoleEditor(props: Props & { roleId: string; onDone: () => void }) {
  const [name, setName] = useState('');
  const write = useWrite();
  const path = { organization_id: props.organizationId, id: props.roleId };
  const membershipsPath = { organization_id: props.organizationId, role_id: props.roleId };
  const canWrite = refusal(props.who, 'organization:write', props.organizationId, 8);
  const read = useVersioned(
    () => call('get', '/api/organizations/{organization_id}/roles/{id}/', { path }),
    [props.roleId],
    (answer) => setName(answer.data.name),
  );
  const memberships = usePaged(
    async (offset) =>
      (await call('get', '/api/organizations/{organization_id}/roles/{role_id}/role_memberships/', { path: membershipsPath, query: { limit: 50, offset } }))
        .data,
    [props.roleId],
  );
  const adding = useDraft(
    write,
    async (email, idempotencyKey) => {
      const found = await call('get', '/api/organizations/{organization_id}/members/', { path: { organization_id: props.organizationId }, query: { email } });
      const member = found.data.results[0];
      if (!member) throw new Error(`No member of this organization has the address ${email}.`);
      return call('post', '/api/organizations/{organization_id}/roles/{role_id}/role_memberships/', {
        path: membershipsPath,
        body: { user_uuid: member.user.uuid },
        idempotencyKey,
      });
    },
    'Member added to the role.',
    () => (memberships.reload(), read.refresh()),
  );
  if (!read.current) return <Status notice={read.error === null ? null : { kind: 'error', text: read.error }} />;
  const role = read.current;
  const rename = async () => {
    const saved = await write.run(
      (idempotencyKey) => call('patch', '/api/organizations/{organization_id}/roles/{id}/', { path, body: { name }, ifMatch: role.etag, idempotencyKey }),
      'Role renamed.',
    );
    if (saved) {
      read.keep(saved);
      props.onDone();
    }
  };
  const destroy = async () => {
    if (
      await write.run(
        (idempotencyKey) => call('delete', '/api/organizations/{organization_id}/roles/{id}/', { path, ifMatch: role.etag, idempotencyKey }),
        'Role deleted.',
      )
    )
      props.onDone();
  };
  const remove = async (id: string) => {
    const at = '/api/organizations/{organization_id}/roles/{role_id}/role_memberships/{id}/' as const;
    if (
      await write.run(
        async (idempotencyKey) =>
          call('delete', at, { path: { ...membershipsPath, id }, ifMatch: await etagOf(at, { ...membershipsPath, id }), idempotencyKey }),
        'Removed from the role.',
      )
    ) {
      memberships.reload();
      void read.refresh();
    }
  };
  return (
    <section aria-labelledby="role-heading" class="card">
      <h3 id="role-heading">Role: {role.data.name}</h3>
      <TextForm label="Role name" value={name} onValue={setName} submit="Rename role" write={write} reason={canWrite} onSubmit={rename}>
        <ActionButton danger reason={canWrite} busy={write.busy} onClick={destroy}>
          Delete role
        </ActionButton>
      </TextForm>
      <TextForm label="Add a member by email" type="email" submit="Add to role" reason={canWrite} {...adding} />
      <Status notice={write.notice} />
      <ResourceList
        list={memberships}
        noun="role members"
        caption={`Members of ${role.data.name}`}
        showCaption
        columns={[['Email', (membership) => membership.user.email]]}
        actions={(membership) => (
          <ActionButton reason={canWrite} label={`Remove ${membership.user.email} from the role`} busy={write.busy} onClick={() => remove(membership.id)}>
            Remove
          </ActionButton>
        )}
      />
    </section>
  );
}

export function RolesPage(props: Props) {
  const [selected, setSelected] = useState<string | null>(null);
  const write = useWrite();
  const path = { organization_id: props.organizationId };
  const list = usePaged(
    async (offset) => (await call('get', '/api/organizations/{organization_id}/roles/', { path, query: { limit: 50, offset } })).data,
    [props.organizationId],
  );
  const draft = useDraft(
    write,
    (name, idempotencyKey) => call('post', '/api/organizations/{organization_id}/roles/', { path, body: { name }, idempotencyKey }),
    'Role created.',
    list.reload,
  );
  return (
    <>
      <h2>Roles</h2>
      <TextForm label="New role name" submit="Create role" reason={refusal(props.who, 'organization:write', props.organizationId, 8)} {...draft} />
      <Status notice={write.notice} />
      <ResourceList
        list={list}
        noun="roles"
        caption="Roles"
        columns={[
          ['Name', (role) => role.name],
          ['Members', (role) => role.members.length],
        ]}
        actions={(role) => (
          <button type="button" aria-label={`Open role ${role.name}`} onClick={() => setSelected(role.id)}>
            Open
          </button>
        )}
      />
      {selected && <RoleEditor key={selected} {...props} roleId={selected} onDone={() => (setSelected(null), list.reload())} />}
    </>
  );
}
