import { useState } from 'preact/hooks';
import { call } from './api.ts';
import type { PageProps } from './main.tsx';
import { ResourceList, TextForm, useDraft } from './resource.tsx';
import { refusal } from './session.ts';
import { ActionButton, Status, usePaged, useWrite, when } from './ui.tsx';

export function ProjectsPage(props: PageProps & { organizationId: string }) {
  const [renaming, setRenaming] = useState<{ id: number; name: string; etag: string | null } | null>(null);
  const write = useWrite();
  const path = { organization_id: props.organizationId };
  const list = usePaged(
    async (offset) => (await call('get', '/api/organizations/{organization_id}/projects/', { path, query: { limit: 50, offset } })).data,
    [props.organizationId],
  );
  const canWrite = refusal(props.who, 'project:write', props.organizationId, 8);
  const closed = (done: unknown) => done && (setRenaming(null), list.reload());
  const draft = useDraft(
    write,
    (name, idempotencyKey) => call('post', '/api/organizations/{organization_id}/projects/', { path, body: { name }, idempotencyKey }),
    'Project created.',
    list.reload,
  );
  const open = async (id: number) => {
    const answer = await write.run(() => call('get', '/api/organizations/{organization_id}/projects/{id}/', { path: { ...path, id } }));
    if (answer) setRenaming({ id, name: answer.data.name, etag: answer.etag });
  };
  /** The project as opened: its writes carry the ETag read then, so a change made since is refused. */
  const opened = renaming && { path: { ...path, id: renaming.id }, ifMatch: renaming.etag };
  return (
    <>
      <h2>Projects</h2>
      <TextForm label="New project name" maxLength={200} submit="Create project" reason={canWrite} {...draft} />
      {renaming && opened && (
        <TextForm
          class="inline card"
          label="Project name"
          value={renaming.name}
          onValue={(next) => setRenaming({ ...renaming, name: next })}
          submit="Rename"
          write={write}
          reason={canWrite}
          onSubmit={async () =>
            closed(
              await write.run(
                (idempotencyKey) =>
                  call('patch', '/api/organizations/{organization_id}/projects/{id}/', { ...opened, body: { name: renaming.name }, idempotencyKey }),
                'Project renamed.',
              ),
            )
          }
        >
          <ActionButton
            danger
            reason={canWrite}
            busy={write.busy}
            onClick={async () =>
              closed(
                await write.run(
                  (idempotencyKey) => call('delete', '/api/organizations/{organization_id}/projects/{id}/', { ...opened, idempotencyKey }),
                  'Project deleted.',
                ),
              )
            }
          >
            Delete project
          </ActionButton>
          <button type="button" onClick={() => setRenaming(null)}>
            Cancel
          </button>
        </TextForm>
      )}
      <Status notice={write.notice} />
      <ResourceList
        list={list}
        noun="projects"
        caption="Projects"
        columns={[
          ['Name', (project) => project.name],
          ['ID', (project) => project.id, true],
          ['Timezone', (project) => project.timezone],
          ['Created', (project) => when(project.created_at)],
        ]}
        actions={(project) => (
          <button type="button" aria-label={`Edit ${project.name}`} onClick={() => open(project.id)}>
            Edit
          </button>
        )}
      />
    </>
  );
}
