import { useState } from 'preact/hooks';
import { call } from './api.ts';
import type { PageProps } from './main.tsx';
import { refusal } from './session.ts';
import { ActionButton, Field, Pager, Status, usePaged, useWrite, when } from './ui.tsx';

export function ProjectsPage(props: PageProps & { organizationId: string }) {
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: number; name: string; etag: string | null } | null>(null);
  const write = useWrite();
  const path = { organization_id: props.organizationId };
  const list = usePaged(async (offset) => (await call('get', '/api/organizations/{organization_id}/projects/', { path, query: { limit: 50, offset } })).data, [props.organizationId]);
  const canWrite = refusal(props.who, 'project:write', props.organizationId, 8);
  const create = async (event: Event) => {
    event.preventDefault();
    if (await write.run((idempotencyKey) => call('post', '/api/organizations/{organization_id}/projects/', { path, body: { name }, idempotencyKey }), 'Project created.')) {
      setName('');
      list.reload();
    }
  };
  const open = async (id: number) => {
    const answer = await write.run(() => call('get', '/api/organizations/{organization_id}/projects/{id}/', { path: { ...path, id } }));
    if (answer) setRenaming({ id, name: answer.data.name, etag: answer.etag });
  };
  const rename = async (event: Event) => {
    event.preventDefault();
    if (!renaming) return;
    if (await write.run((idempotencyKey) => call('patch', '/api/organizations/{organization_id}/projects/{id}/', { path: { ...path, id: renaming.id }, body: { name: renaming.name }, ifMatch: renaming.etag, idempotencyKey }), 'Project renamed.')) {
      setRenaming(null);
      list.reload();
    }
  };
  const destroy = async () => {
    if (!renaming) return;
    if (await write.run((idempotencyKey) => call('delete', '/api/organizations/{organization_id}/projects/{id}/', { path: { ...path, id: renaming.id }, ifMatch: renaming.etag, idempotencyKey }), 'Project deleted.')) {
      setRenaming(null);
      list.reload();
    }
  };
  return (
    <>
      <h2>Projects</h2>
      <form class="inline" onSubmit={create}>
        <Field label="New project name">{(id) => <input id={id} required maxLength={200} value={name} onInput={(event) => setName((event.target as HTMLInputElement).value)} />}</Field>
        <ActionButton type="submit" reason={canWrite} busy={write.busy}>
          Create project
        </ActionButton>
      </form>
      {renaming && (
        <form class="inline card" onSubmit={rename}>
          <Field label="Project name">{(id) => <input id={id} required value={renaming.name} onInput={(event) => setRenaming({ ...renaming, name: (event.target as HTMLInputElement).value })} />}</Field>
          <ActionButton type="submit" reason={canWrite} busy={write.busy}>
            Rename
          </ActionButton>
          <ActionButton danger reason={canWrite} busy={write.busy} onClick={destroy}>
            Delete project
          </ActionButton>
          <button type="button" onClick={() => setRenaming(null)}>
            Cancel
          </button>
        </form>
      )}
      <Status notice={write.notice} />
      {list.error && <p role="alert">{list.error}</p>}
      <table>
        <caption class="visually-hidden">Projects</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">ID</th>
            <th scope="col">Timezone</th>
            <th scope="col">Created</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {list.page?.results.map((project) => (
            <tr key={project.id}>
              <td>{project.name}</td>
              <td class="mono">{project.id}</td>
              <td>{project.timezone}</td>
              <td>{when(project.created_at)}</td>
              <td>
                <button type="button" aria-label={`Edit ${project.name}`} onClick={() => open(project.id)}>
                  Edit
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager page={list.page} offset={list.offset} setOffset={list.setOffset} noun="projects" />
    </>
  );
}
