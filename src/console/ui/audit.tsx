import { useState } from 'preact/hooks';
import { call } from './api.ts';
import type { PageProps } from './main.tsx';
import { ResourceList } from './resource.tsx';
import { refusal } from './session.ts';
import { Field, usePaged, when } from './ui.tsx';

const FILTERS = [
  ['action', 'Actions (comma-separated)', 'text'],
  ['actor', 'Actor user UUID', 'text'],
  ['target_type', 'Target type', 'text'],
  ['target_id', 'Target ID', 'text'],
  ['after', 'At or after', 'datetime-local'],
  ['before', 'Before', 'datetime-local'],
] as const;
type Filters = Partial<Record<(typeof FILTERS)[number][0], string>>;

export function AuditPage(props: PageProps & { organizationId: string }) {
  const [draft, setDraft] = useState<Filters>({});
  const [applied, setApplied] = useState<Filters>({});
  const blocked = refusal(props.who, 'activity_log:read', props.organizationId, 8);
  const list = usePaged(
    async (offset) => {
      if (blocked) return { count: 0, results: [] };
      const query = { ...applied, limit: 50, offset };
      for (const name of ['after', 'before'] as const) if (applied[name]) query[name] = new Date(applied[name]!).toISOString();
      return (await call('get', '/api/organizations/{organization_id}/audit_log/', { path: { organization_id: props.organizationId }, query })).data;
    },
    [props.organizationId, JSON.stringify(applied)],
  );
  return (
    <>
      <h2>Audit log</h2>
      {blocked && <p class="why">{blocked}</p>}
      <form class="filters" onSubmit={(event) => (event.preventDefault(), setApplied(draft))}>
        {FILTERS.map(([name, label, type]) => (
          <Field label={label} key={name}>
            {(id) => (
              <input
                id={id}
                type={type}
                value={draft[name] ?? ''}
                onInput={(event) => setDraft({ ...draft, [name]: (event.target as HTMLInputElement).value })}
              />
            )}
          </Field>
        ))}
        <button type="submit">Filter</button>
        <button type="button" onClick={() => (setDraft({}), setApplied({}))}>
          Clear filters
        </button>
      </form>
      <ResourceList
        list={list}
        noun="entries"
        caption="Audit log entries"
        columns={[
          ['When', (entry) => when(entry.created_at)],
          ['Action', (entry) => entry.action, true],
          ['Actor', (entry) => entry.actor.email ?? entry.actor.key_id ?? 'system'],
          ['Target', (entry) => `${entry.target_type} ${entry.target_id}`, true],
        ]}
      />
    </>
  );
}
