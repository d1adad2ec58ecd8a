// Invitation mail through a real SMTP server: queued in the invite's transaction, sent after
// commit, retried while the server is down, and the link in clear only until it is sent.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { client, startTestApp, type TestApp } from '../../test/support/app.ts';
import { inviteTeam, tokenOf, uniqueEmail } from '../../test/support/invites.ts';
import { freePort } from '../../test/support/server-process.ts';
import { startSmtp, type TestSmtp } from '../../test/support/smtp.ts';
import { dumpDatabase } from '../../test/support/snapshot.ts';

const cleanup: (() => Promise<void>)[] = [];
after(async () => {
  for (const step of cleanup.reverse()) await step();
});

async function appWithMail(smtpUrl: string): Promise<TestApp> {
  const t = await startTestApp({ smtpUrl, emailFrom: 'orgbase <noreply@orgbase.test>', mailRetryMs: 100, rateLimitPerMinute: 0, rateLimitPerHour: 0 });
  cleanup.push(() => t.close());
  return t;
}

/** The queued mail of these invites (each test its own). */
async function queue(t: TestApp, inviteIds: string[]) {
  return t.db.selectFrom('invite_emails').selectAll().where('invite_id', 'in', inviteIds).orderBy('created_at').execute();
}

// Two apps for the whole file: one whose SMTP server runs, one whose SMTP port has no server
// until the outage test brings one up (the give-up test runs first, while it is down).
let up: { smtp: TestSmtp; t: TestApp };
let down: { port: number; t: TestApp };
before(async () => {
  const smtp = await startSmtp();
  cleanup.push(() => smtp.stop());
  up = { smtp, t: await appWithMail(smtp.url) };
  const port = await freePort();
  down = { port, t: await appWithMail(`smtp://mailer:secret-pass@127.0.0.1:${port}`) };
});

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('invitation mail', () => {
  it("arrives with PostHog's subject, the inviter as reply-to, the message and a link that accepts", async () => {
    const { smtp, t } = up;
    const team = await inviteTeam(t);
    const email = uniqueEmail('mailed');
    const response = await team.ownerClient.post(team.invitesUrl, { target_email: email, first_name: 'Mai', message: 'Come build with us.' });
    assert.equal(response.status, 201);
    assert.equal(response.body.emailing_attempt_made, true);
    const [mail] = await smtp.waitFor(1);
    assert.deepEqual(mail!.to, [email]);
    assert.equal(mail!.from, 'noreply@orgbase.test');
    assert.equal(mail!.subject, 'Olive invited you to join Acme on orgbase');
    assert.match(mail!.headers.get('reply-to')!, new RegExp(team.owner.email.replace(/[.]/g, '\\.')));
    assert.match(mail!.text, /Come build with us\./);
    assert.match(mail!.text, /expires on \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
    const link = /Accept the invitation: (\S+)/.exec(mail!.text)![1]!;
    assert.equal(link, response.body.accept_url);
    await waitUntil(async () => (await queue(t, [response.body.id]))[0]?.sent_at != null, 'the mail marked sent');
    const [row] = await queue(t, [response.body.id]);
    assert.equal(row!.link, null, 'the link in clear is dropped once sent');
    const stored = JSON.stringify(await dumpDatabase(t.db));
    assert.ok(stored.includes(row!.id));
    assert.ok(!stored.includes(tokenOf(link)), 'neither the link nor its token is at rest once sent');
    const accepted = await client(t.app).post(`/api/signup/${tokenOf(link)}/`, { first_name: 'Mai' });
    assert.equal(accepted.status, 201);
    assert.equal(accepted.body.email, email);
  });

  it('send_email false: nothing queued, emailing_attempt_made false', async () => {
    const team = await inviteTeam(up.t);
    const response = await team.ownerClient.post(team.invitesUrl, { target_email: uniqueEmail(), send_email: false });
    assert.equal(response.body.emailing_attempt_made, false);
    assert.equal((await queue(up.t, [response.body.id])).length, 0);
  });

  it('gives up when the invite expires, dropping the link; a revoked invite takes its queued mail with it', async () => {
    const { t } = down;
    const team = await inviteTeam(t);
    const doomed = await team.ownerClient.post(team.invitesUrl, { target_email: uniqueEmail('expiring') });
    const revoked = await team.ownerClient.post(team.invitesUrl, { target_email: uniqueEmail('revoked') });
    await t.db
      .updateTable('invite_emails')
      .set({ give_up_at: new Date(Date.now() + 50).toISOString() })
      .where('invite_id', '=', doomed.body.id)
      .execute();
    await team.ownerClient.delete(`${team.invitesUrl}${revoked.body.id}/`);
    const ids = [doomed.body.id, revoked.body.id];
    await waitUntil(async () => (await queue(t, ids)).some((row) => row.gave_up_at !== null), 'the mail given up');
    const rows = await queue(t, ids);
    assert.equal(rows.length, 1, "the revoked invite's mail is gone");
    assert.equal(rows[0]!.invite_id, doomed.body.id);
    assert.equal(rows[0]!.link, null);
    assert.equal(rows[0]!.sent_at, null);
  });
  it('with the SMTP server down, the invite is created at once and the mail retried until the server is back', async () => {
    const { port, t } = down;
    const team = await inviteTeam(t);
    const started = Date.now();
    const response = await team.ownerClient.post(`${team.invitesUrl}bulk/`, [{ target_email: uniqueEmail('down1') }, { target_email: uniqueEmail('down2') }]);
    assert.equal(response.status, 201);
    assert.ok(Date.now() - started < 5000, 'the answer does not wait for SMTP');
    assert.ok(response.body.every((invite: { emailing_attempt_made: boolean }) => invite.emailing_attempt_made));
    const ids = response.body.map((invite: { id: string }) => invite.id);
    await waitUntil(async () => (await queue(t, ids)).every((row) => row.attempts >= 2), 'two failed attempts each');
    const pending = await queue(t, ids);
    assert.ok(pending.every((row) => row.sent_at === null && row.gave_up_at === null && row.link !== null && row.last_error));
    const smtp = await startSmtp(port);
    cleanup.push(() => smtp.stop());
    const mails = await smtp.waitFor(2);
    assert.deepEqual(mails.map((mail) => mail.to[0]).sort(), response.body.map((invite: { target_email: string }) => invite.target_email).sort());
    await waitUntil(async () => (await queue(t, ids)).every((row) => row.sent_at !== null && row.link === null), 'both marked sent');
  });
});
