// Issue 24: the built server mails invitations through SMTP. With the SMTP server down the
// invites are answered at once and their mail waits in the database; orgbase is stopped and
// started again, the SMTP server comes back, and every mail arrives with a link that works.
// No link's token is ever in the server's log.
import assert from 'node:assert/strict';
import { after, it } from 'node:test';
import { startSmtp, type TestSmtp } from '../support/smtp.ts';
import { baseEnv, call, freePort, seedKey, sleep, startOrgbase, tempDir, type Orgbase } from './support.ts';

let orgbase: Orgbase | undefined;
let smtp: TestSmtp | undefined;
after(async () => {
  await orgbase?.stop();
  await smtp?.stop();
});

it('loses no invitation mail across an SMTP outage and a restart of orgbase', async () => {
  const smtpPort = await freePort();
  const env = baseEnv({
    ORGBASE_DATA_DIR: tempDir('invite-mail'),
    ORGBASE_SMTP_URL: `smtp://mailer:secret-pass@127.0.0.1:${smtpPort}`,
    ORGBASE_EMAIL_FROM: 'orgbase <noreply@orgbase.test>',
    ORGBASE_MAIL_RETRY_MS: '200',
  });
  const admin = seedKey(env);
  orgbase = await startOrgbase(env);
  const organization = await call(orgbase.url, 'POST', '/api/organizations/', admin.value, { name: 'Outage Inc' });
  assert.equal(organization.status, 201);
  const emails = ['one', 'two', 'three'].map((name) => `${name}-${Date.now()}@example.com`);
  const started = Date.now();
  const invites = await call(
    orgbase.url,
    'POST',
    `/api/organizations/${organization.body.id}/invites/bulk/`,
    admin.value,
    emails.map((target_email) => ({ target_email })),
  );
  assert.equal(invites.status, 201);
  assert.ok(Date.now() - started < 5000, 'the answer does not wait for SMTP');
  assert.ok(invites.body.every((invite: { emailing_attempt_made: boolean }) => invite.emailing_attempt_made));
  const links: string[] = invites.body.map((invite: { accept_url: string }) => invite.accept_url);
  const tokens = links.map((link) => new URL(link).pathname.split('/').at(-1)!);

  // Attempts fail while nothing listens on the SMTP port.
  const deadline = Date.now() + 20_000;
  while ((orgbase.output().match(/invitation mail not sent/g) ?? []).length < 3) {
    assert.ok(Date.now() < deadline, `no failed attempts logged: ${orgbase.output().slice(-2000)}`);
    await sleep(100);
  }
  const firstRun = orgbase.output();
  assert.equal(await orgbase.stop(), 0);

  smtp = await startSmtp(smtpPort);
  orgbase = await startOrgbase(env);
  const mails = await smtp.waitFor(3, 30_000);
  assert.deepEqual(mails.map((mail) => mail.to[0]).sort(), [...emails].sort());
  for (const mail of mails) {
    const link = /Accept the invitation: (\S+)/.exec(mail.text)?.[1];
    assert.ok(link && links.includes(link), `the mail carries its invite's link: ${mail.text}`);
  }
  await sleep(500);
  assert.equal(smtp.received.length, 3, 'each mail once');

  const accepted = await call(orgbase.url, 'POST', `/api/signup/${tokens[0]}/`, undefined, { first_name: 'One' });
  assert.equal(accepted.status, 201);
  const me = await call(orgbase.url, 'GET', '/api/users/@me/', accepted.body.personal_api_key.value);
  assert.deepEqual(
    me.body.organizations.map((org: { id: string }) => org.id),
    [organization.body.id],
  );
  const again = await call(orgbase.url, 'POST', `/api/signup/${tokens[0]}/`, undefined, { first_name: 'One' });
  assert.equal(again.status, 400);

  const logs = firstRun + orgbase.output();
  assert.match(logs, /\/api\/signup\/\[redacted\]\//, 'the signup request was logged, redacted');
  for (const token of tokens) assert.ok(!logs.includes(token), 'a link token reached the log');
  assert.ok(!logs.includes(accepted.body.personal_api_key.value), 'a key reached the log');
});
