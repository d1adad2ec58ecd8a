import { useState } from 'preact/hooks';
import { call, type Schemas } from './api.ts';
import type { PageProps } from './main.tsx';
import { ResourceList } from './resource.tsx';
import { refusal } from './session.ts';
import { ActionButton, Field, Status, usePaged, useWrite, when } from './ui.tsx';

type Mapping = { production: string; preview: string; development: string };

export function IntegrationsPage(props: PageProps & { organizationId: string }) {
  const [editing, setEditing] = useState<{ integration: Schemas['Integration']; etag: string | null; mapping: Mapping } | null>(null);
  const write = useWrite();
  const path = { organization_id: props.organizationId };
  const list = usePaged(
    async (offset) => (await call('get', '/api/organizations/{organization_id}/integrations/', { path, query: { limit: 50, offset } })).data,
    [props.organizationId],
  );
  const canWrite = refusal(props.who, 'organization_integration:write', props.organizationId, 8);
  const open = async (id: string) => {
    const answer = await write.run(() => call('get', '/api/organizations/{organization_id}/integrations/{id}/', { path: { ...path, id } }));
    if (!answer) return;
    const current = ((answer.data.config as Record<string, unknown> | null)?.environment_mapping ?? {}) as Record<string, unknown>;
    const text = (name: string) => (current[name] === undefined || current[name] === null ? '' : String(current[name]));
    setEditing({
      integration: answer.data,
      etag: answer.etag,
      mapping: { production: text('production'), preview: text('preview'), development: text('development') },
    });
  };
  const save = async (event: Event) => {
    event.preventDefault();
    if (!editing) return;
    const body: { production: number; preview?: number; development?: number } = { production: Number(editing.mapping.production) };
    if (editing.mapping.preview) body.preview = Number(editing.mapping.preview);
    if (editing.mapping.development) body.development = Number(editing.mapping.development);
    const saved = await write.run(
      (idempotencyKey) =>
        call('patch', '/api/organizations/{organization_id}/integrations/{id}/environment-mapping/', {
          path: { ...path, id: editing.integration.id },
          body,
          ifMatch: editing.etag,
          idempotencyKey,
        }),
      'Environment mapping saved.',
    );
    if (saved) setEditing({ ...editing, integration: saved.data, etag: saved.etag });
  };
  return (
    <>
      <h2>Integrations</h2>
      <p>
        Integrations are installed by their marketplaces (Vercel, AWS Marketplace). Here you map each deployment environment to one of this organization's
        projects.
      </p>
      <ResourceList
        list={list}
        noun="integrations"
        caption="Integrations"
        columns={[
          ['Kind', (integration) => integration.kind],
          ['Installation', (integration) => integration.integration_id ?? '—', true],
          ['Created', (integration) => when(integration.created_at)],
        ]}
        actions={(integration) => (
          <button type="button" aria-label={`Map environments of ${integration.kind} ${integration.integration_id ?? ''}`} onClick={() => open(integration.id)}>
            Environments
          </button>
        )}
      >
        {list.page?.count === 0 && <p>No integration is installed.</p>}
      </ResourceList>
      {editing && (
        <form class="card" onSubmit={save}>
          <h3>Environment mapping</h3>
          {(['production', 'preview', 'development'] as const).map((name) => (
            <Field label={`${name[0]!.toUpperCase()}${name.slice(1)} project ID`} key={name} hint={name === 'production' ? 'Required.' : 'Optional.'}>
              {(id) => (
                <input
                  id={id}
                  inputMode="numeric"
                  pattern="[0-9]+"
                  required={name === 'production'}
                  value={editing.mapping[name]}
                  onInput={(event) => setEditing({ ...editing, mapping: { ...editing.mapping, [name]: (event.target as HTMLInputElement).value } })}
                />
              )}
            </Field>
          ))}
          <ActionButton type="submit" reason={canWrite} busy={write.busy}>
            Save mapping
          </ActionButton>
        </form>
      )}
      <Status notice={write.notice} />
    </>
  );
}
