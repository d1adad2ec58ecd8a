import { useState } from 'preact/hooks';
import { call, type Schemas } from './api.ts';
import type { PageProps } from './main.tsx';
import { ResourceList, useVersioned } from './resource.tsx';
import { LEVEL_NAMES, refusal } from './session.ts';
import { ActionButton, Field, LevelField, Status, usePaged, useWrite, when, type Level } from './ui.tsx';

type Props = PageProps & { organizationId: string };

/** PostHog's rules (src/members/policy.ts), said before the click rather than after it. */
function levelRefusal(callerLevel: number, member: Schemas['Member'], isSelf: boolean, next: number): string | null {
  if (isSelf) return "You can't change your own level.";
  if (callerLevel < 8) return 'Only admins and owners change levels.';
  if (next === 15 && callerLevel < 15) return 'Only an owner can make someone owner.';
  if (next > callerLevel) return 'You can only give a level up to your own.';
  if (member.level > callerLevel) return 'You can only edit members at or below your level.';
  return null;
}

function removalRefusal(callerLevel: number, member: Schemas['Member'], isSelf: boolean): string | null {
  if (!isSelf && callerLevel < 8) return 'Only admins and owners remove others.';
  if (!isSelf && member.level > callerLevel) return 'You can only remove members at or below your level.';
  if (member.level === 15) return 'An owner cannot be removed: make them admin first.';
  return null;
}

function MemberEditor(props: Props & { userUuid: string; onDone: () => void }) {
  const [level, setLevel] = useState<Level>(1);
  const write = useWrite();
  const path = { organization_id: props.organizationId, user_uuid: props.userUuid };
  const read = useVersioned(
    () => call('get', '/api/organizations/{organization_id}/members/{user_uuid}/', { path }),
    [props.userUuid],
    (answer) => (setLevel(answer.data.level), write.setNotice(null)),
  );
  if (read.error) return <p role="alert">{read.error}</p>;
  if (!read.current) return <p role="status">Loading member…</p>;
  const { data: member, etag } = read.current;
  const callerLevel = props.who.organizations.find((item) => item.id === props.organizationId)?.membership_level ?? 0;
  const isSelf = member.user.uuid === props.who.user.uuid;
  const scope = refusal(props.who, 'organization_member:write', props.organizationId);
  const save = async (event: Event) => {
    event.preventDefault();
    const saved = await write.run(
      (idempotencyKey) => call('patch', '/api/organizations/{organization_id}/members/{user_uuid}/', { path, body: { level }, ifMatch: etag, idempotencyKey }),
      'Level changed.',
    );
    if (saved) {
      read.keep(saved);
      props.onDone();
    }
  };
  const remove = async () => {
    const done = await write.run(
      (idempotencyKey) => call('delete', '/api/organizations/{organization_id}/members/{user_uuid}/', { path, ifMatch: etag, idempotencyKey }),
      'Member removed.',
    );
    if (done) props.onDone();
  };
  return (
    <section aria-labelledby="member-heading" class="card">
      <h2 id="member-heading">{member.user.email}</h2>
      <p>
        {LEVEL_NAMES[member.level]} since {when(member.joined_at)}
      </p>
      <form onSubmit={save} class="inline">
        <LevelField value={level} onValue={setLevel} />
        <ActionButton type="submit" reason={scope ?? levelRefusal(callerLevel, member, isSelf, level)} busy={write.busy}>
          Change level
        </ActionButton>
        <ActionButton danger reason={scope ?? removalRefusal(callerLevel, member, isSelf)} busy={write.busy} onClick={remove}>
          {isSelf ? 'Leave organization' : 'Remove member'}
        </ActionButton>
        {write.notice?.kind === 'error' && (
          <button type="button" onClick={read.load}>
            Reload member
          </button>
        )}
      </form>
      <Status notice={write.notice} />
    </section>
  );
}

export function MembersPage(props: Props) {
  const [search, setSearch] = useState('');
  const [applied, setApplied] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const list = usePaged(
    async (offset) =>
      (
        await call('get', '/api/organizations/{organization_id}/members/', {
          path: { organization_id: props.organizationId },
          query: { limit: 50, offset, search: applied },
        })
      ).data,
    [props.organizationId, applied],
  );
  return (
    <>
      <h2>Members</h2>
      <details>
        <summary>Who may change whom</summary>
        <ul>
          <li>Owners can do everything, including making others owner and deleting the organization.</li>
          <li>Admins change and remove members up to their own level, and give levels up to their own.</li>
          <li>Nobody changes their own level; anyone may leave, except an owner.</li>
          <li>An owner is never removed and the last owner never demoted: make another owner first.</li>
        </ul>
      </details>
      <form class="inline" role="search" onSubmit={(event) => (event.preventDefault(), setApplied(search))}>
        <Field label="Search members by email or name">
          {(id) => <input id={id} type="search" value={search} onInput={(event) => setSearch((event.target as HTMLInputElement).value)} />}
        </Field>
        <button type="submit">Search</button>
      </form>
      {selected && <MemberEditor {...props} userUuid={selected} onDone={list.reload} />}
      <ResourceList
        list={list}
        noun="members"
        caption="Members"
        columns={[
          ['Email', (member) => member.user.email],
          ['Name', (member) => [member.user.first_name, member.user.last_name].filter(Boolean).join(' ')],
          ['Level', (member) => LEVEL_NAMES[member.level]],
          ['Joined', (member) => when(member.joined_at)],
        ]}
        actions={(member) => (
          <button type="button" aria-label={`Manage ${member.user.email}`} onClick={() => setSelected(member.user.uuid)}>
            Manage
          </button>
        )}
      />
    </>
  );
}
