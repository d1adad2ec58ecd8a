import { useEffect, useState } from 'preact/hooks';
import { call, etagOf, sentence, type Schemas } from './api.ts';
import type { PageProps } from './main.tsx';
import { ResourceTable } from './resource.tsx';
import { refusal } from './session.ts';
import { ActionButton, Field, Secret, Status, useWrite, when } from './ui.tsx';

// The scopes orgbase's endpoints enforce; `*` is every scope.
const SCOPES = ['organization', 'organization_member', 'organization_integration', 'project', 'personal_api_key', 'user', 'activity_log'];

export function KeysPage(props: PageProps) {
  const [keys, setKeys] = useState<Schemas['PersonalApiKey'][] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [label, setLabel] = useState('');
  const [all, setAll] = useState(false);
  const [scopes, setScopes] = useState<Record<string, '' | 'read' | 'write'>>({});
  const [reach, setReach] = useState<string[]>([]);
  const [secret, setSecret] = useState<{ label: string; value: string } | null>(null);
  const write = useWrite();
  const canWrite = refusal(props.who, 'personal_api_key:write');
  const load = () =>
    call('get', '/api/personal_api_keys/').then(
      (answer) => (setKeys(answer.data), setError(null)),
      (failure) => setError(sentence(failure)),
    );
  useEffect(() => void load(), []);
  const chosen = all
    ? ['*']
    : Object.entries(scopes)
        .filter(([, action]) => action)
        .map(([object, action]) => `${object}:${action}`);
  const create = async (event: Event) => {
    event.preventDefault();
    const created = await write.run(
      (idempotencyKey) => call('post', '/api/personal_api_keys/', { body: { label, scopes: chosen, scoped_organizations: reach }, idempotencyKey }),
      'Key created.',
    );
    if (created?.data.value) {
      setSecret({ label: created.data.label, value: created.data.value });
      setLabel('');
      void load();
    }
  };
  /** Reads the key for its ETag, then writes with If-Match. */
  const change = async (id: string, kind: 'roll' | 'revoke') => {
    const answer = await write.run(
      async (idempotencyKey) => {
        const ifMatch = await etagOf('/api/personal_api_keys/{id}/', { id });
        if (kind === 'roll') return call('post', '/api/personal_api_keys/{id}/roll/', { path: { id }, ifMatch, idempotencyKey });
        return call('delete', '/api/personal_api_keys/{id}/', { path: { id }, ifMatch, idempotencyKey });
      },
      kind === 'roll' ? 'Key rolled: the old value no longer works.' : 'Key revoked.',
    );
    if (answer && kind === 'roll' && answer.data && 'value' in answer.data && answer.data.value)
      setSecret({ label: answer.data.label, value: answer.data.value });
    if (answer) void load();
  };
  return (
    <>
      <h1>Personal API keys</h1>
      <p>Keys act as you, narrowed by their scopes and reach. The key you signed in with is marked; revoking or rolling it signs this tab out.</p>
      {error && <p role="alert">{error}</p>}
      {secret && <Secret label={`New value of ${secret.label}`} value={secret.value} />}
      <Status notice={write.notice} />
      <ResourceTable
        rows={keys ?? undefined}
        caption="Your personal API keys"
        columns={[
          [
            'Label',
            (key) => (
              <>
                {key.label}
                {key.id === props.who.id && <strong class="badge">this tab</strong>}
              </>
            ),
          ],
          ['Key', (key) => key.mask_value, true],
          ['Scopes', (key) => key.scopes.join(' '), true],
          ['Last used', (key) => when(key.last_used_at)],
        ]}
        actions={(key) => (
          <>
            <ActionButton reason={canWrite} label={`Roll ${key.label}`} busy={write.busy} onClick={() => change(key.id, 'roll')}>
              Roll
            </ActionButton>
            <ActionButton danger reason={canWrite} label={`Revoke ${key.label}`} busy={write.busy} onClick={() => change(key.id, 'revoke')}>
              Revoke
            </ActionButton>
          </>
        )}
      />
      <section aria-labelledby="new-key" class="card">
        <h2 id="new-key">Create a key</h2>
        <form onSubmit={create}>
          <Field label="Label">
            {(id) => <input id={id} required maxLength={40} value={label} onInput={(event) => setLabel((event.target as HTMLInputElement).value)} />}
          </Field>
          <fieldset>
            <legend>Scopes</legend>
            <div class="check">
              <input id="scope-all" type="checkbox" checked={all} onChange={(event) => setAll((event.target as HTMLInputElement).checked)} />
              <label for="scope-all">Every scope (*)</label>
            </div>
            {!all &&
              SCOPES.map((object) => (
                <Field label={object} key={object}>
                  {(id) => (
                    <select
                      id={id}
                      value={scopes[object] ?? ''}
                      onChange={(event) => setScopes({ ...scopes, [object]: (event.target as HTMLSelectElement).value as '' | 'read' | 'write' })}
                    >
                      <option value="">No access</option>
                      <option value="read">Read</option>
                      <option value="write">Read and write</option>
                    </select>
                  )}
                </Field>
              ))}
          </fieldset>
          <fieldset>
            <legend>Reach</legend>
            <p class="hint">None checked: every organization you belong to, now and later.</p>
            {props.who.organizations.map((organization) => (
              <div class="check" key={organization.id}>
                <input
                  id={`reach-${organization.id}`}
                  type="checkbox"
                  checked={reach.includes(organization.id)}
                  onChange={(event) =>
                    setReach((event.target as HTMLInputElement).checked ? [...reach, organization.id] : reach.filter((id) => id !== organization.id))
                  }
                />
                <label for={`reach-${organization.id}`}>{organization.name}</label>
              </div>
            ))}
          </fieldset>
          <ActionButton type="submit" reason={canWrite ?? (chosen.length ? null : 'Choose at least one scope.')} busy={write.busy}>
            Create key
          </ActionButton>
        </form>
      </section>
    </>
  );
}
