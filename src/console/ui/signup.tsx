// The page an invitation link opens. It asks the API about the invite first (the pre-validate
// call), then accepts: a new user gives a name and gets a first key, once; an existing user
// pastes a key and joins with it.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, call, type Schemas } from './api.ts';
import { Field, Secret, Status, type Notice } from './ui.tsx';

const STORAGE = 'orgbase.console.key';

/** Every refusal of PostHog's accept flow, said as a sentence. */
export function signupSentence(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error ? error.message : String(error);
  switch (error.code) {
    case 'expired':
      return error.detail.includes('already been used')
        ? 'This invitation has already been used. If it was not you, ask an admin of the organization for a new one.'
        : 'This invitation has expired. Ask an admin of the organization for a new one.';
    case 'account_exists':
      return 'An orgbase account already uses this address. Paste a personal API key of that account below to join.';
    case 'invalid_recipient':
      return 'This invitation is for another email address than the account of the key you pasted.';
    case 'user_already_member':
      return 'You are already a member of this organization: sign in to the console with your key.';
    case 'existing_email_address':
      return 'Another user with this email address already belongs to this organization.';
    case 'required':
    case 'blank':
      return 'Please give your first name.';
    case 'max_length':
      return `Your ${error.attr === 'last_name' ? 'last' : 'first'} name is too long (at most 128 characters).`;
    case 'authentication_failed':
      return 'That key was not accepted: check that you pasted it whole, and that it has not been revoked.';
    case 'permission_denied':
      return `That key may not accept invitations: ${error.detail}`;
    case 'throttled':
      return `Too many attempts. ${error.detail}`;
    case 'invalid_input':
      return error.detail.startsWith('There already exists an account')
        ? 'An orgbase account already uses this address. Paste a personal API key of that account below to join.'
        : 'This invitation link is not valid. Check that you opened the whole link, or ask for a new invitation.';
    case 'network':
      return error.detail;
    default:
      return `The invitation could not be accepted: ${error.detail}`;
  }
}

export function SignupPage(props: { token: string }) {
  const [preview, setPreview] = useState<Schemas['InviteSignupPreview'] | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [first, setFirst] = useState('');
  const [last, setLast] = useState('');
  const [key, setKey] = useState('');
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const [accepted, setAccepted] = useState<Schemas['InviteSignupAccepted'] | null>(null);
  const path = { token: props.token };
  useEffect(() => {
    call('get', '/api/signup/{token}/', { path, key: null }).then(
      (answer) => setPreview(answer.data),
      (error) => setPreviewError(signupSentence(error)),
    );
  }, [props.token]);
  const accept = async (event: Event, withKey: boolean) => {
    event.preventDefault();
    setBusy(true);
    setNotice(null);
    try {
      const answer = await call(
        'post',
        '/api/signup/{token}/',
        withKey ? { path, key: key.trim(), body: {} } : { path, key: null, body: { first_name: first, last_name: last } },
      );
      setAccepted(answer.data);
    } catch (error) {
      setNotice({ kind: 'error', text: signupSentence(error) });
    } finally {
      setBusy(false);
    }
  };
  const origin = location.origin;
  if (accepted) {
    const value = accepted.personal_api_key?.value;
    return (
      <main id="main" class="narrow">
        <h1>Welcome, {accepted.first_name || accepted.email}</h1>
        <p role="status">
          You joined {preview?.organization_name ?? 'the organization'} as {accepted.email}.
        </p>
        {value ? (
          <>
            <Secret
              label="Your first personal API key"
              value={value}
              note="Shown once: copy it now and keep it like a password. orgbase keeps only a digest."
            />
            <h2>Next steps</h2>
            <ol>
              <li>
                Call the API with it: <code class="mono">curl -H "Authorization: Bearer $ORGBASE_KEY" {origin}/api/users/@me/</code>
              </li>
              <li>
                <button
                  type="button"
                  onClick={() => {
                    sessionStorage.setItem(STORAGE, value);
                    location.assign('/console/');
                  }}
                >
                  Open the console with this key
                </button>
              </li>
              <li>
                Read the API reference at <a href="/api/schema/swagger-ui/">/api/schema/swagger-ui/</a>.
              </li>
            </ol>
          </>
        ) : (
          <p>
            Your existing keys now reach this organization. <a href="/console/">Open the console</a>.
          </p>
        )}
      </main>
    );
  }
  return (
    <main id="main" class="narrow">
      <h1>Join an organization on orgbase</h1>
      {previewError && <p role="alert">{previewError}</p>}
      {!preview && !previewError && <p role="status">Checking the invitation…</p>}
      {preview && (
        <>
          <p>
            <strong>{preview.organization_name}</strong> invited <strong>{preview.target_email}</strong>.
          </p>
          <section aria-labelledby="new-user" class="card">
            <h2 id="new-user">New to orgbase</h2>
            <form onSubmit={(event) => accept(event, false)}>
              <Field label="First name">
                {(id) => (
                  <input
                    id={id}
                    required
                    maxLength={128}
                    autocomplete="given-name"
                    value={first}
                    onInput={(event) => setFirst((event.target as HTMLInputElement).value)}
                  />
                )}
              </Field>
              <Field label="Last name">
                {(id) => (
                  <input
                    id={id}
                    maxLength={128}
                    autocomplete="family-name"
                    value={last}
                    onInput={(event) => setLast((event.target as HTMLInputElement).value)}
                  />
                )}
              </Field>
              <button type="submit" disabled={busy}>
                Accept and create my account
              </button>
            </form>
          </section>
        </>
      )}
      {(preview || previewError) && (
        <section aria-labelledby="existing-user" class="card">
          <h2 id="existing-user">Already have an account?</h2>
          <form onSubmit={(event) => accept(event, true)}>
            <Field label="Your personal API key" hint="Used for this one request and not kept.">
              {(id) => (
                <input id={id} type="password" autocomplete="off" required value={key} onInput={(event) => setKey((event.target as HTMLInputElement).value)} />
              )}
            </Field>
            <button type="submit" disabled={busy}>
              Accept with my key
            </button>
          </form>
        </section>
      )}
      <Status notice={notice} />
    </main>
  );
}
