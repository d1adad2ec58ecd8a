// The invitation mail, composed when the invite is created and queued with it.
import { Level } from '../access/levels.ts';
import { LINK_PLACEHOLDER } from '../mail/repository.ts';

const LEVEL_NAMES: Record<number, string> = { [Level.Member]: 'member', [Level.Admin]: 'admin', [Level.Owner]: 'owner' };

export interface InvitationMail {
  subject: string;
  /** With LINK_PLACEHOLDER for the link, which is queued apart from the text. */
  body: string;
  replyTo: string | null;
}

export function composeInvitation(input: {
  organizationName: string;
  inviter: { first_name: string; last_name: string; email: string } | undefined;
  firstName: string;
  level: number;
  message: string | null;
  expiresAt: Date;
}): InvitationMail {
  const { inviter } = input;
  const inviterName = inviter ? inviter.first_name.trim() || inviter.email : undefined;
  // PostHog's subject, with this product's name.
  const subject = inviterName
    ? `${inviterName} invited you to join ${input.organizationName} on orgbase`
    : `You are invited to join ${input.organizationName} on orgbase`;
  const who = inviter ? `${[inviter.first_name, inviter.last_name].join(' ').trim() || inviter.email} (${inviter.email})` : 'An administrator';
  const lines = [
    `Hi ${input.firstName || 'there'},`,
    '',
    `${who} invited you to join ${input.organizationName} on orgbase as ${input.level === Level.Admin ? 'an' : 'a'} ${LEVEL_NAMES[input.level] ?? 'member'}.`,
  ];
  if (input.message) lines.push('', 'Their message:', '', ...input.message.split(/\r?\n/).map((line) => `  ${line}`));
  lines.push(
    '',
    `Accept the invitation: ${LINK_PLACEHOLDER}`,
    '',
    `The link works once and expires on ${input.expiresAt.toISOString().replace('T', ' ').slice(0, 16)} UTC.`,
    'Accepting creates your account and gives you your first personal API key; if you already have an',
    'account, accept with your own key and the organization is added to it.',
  );
  return { subject, body: lines.join('\n'), replyTo: inviter?.email ?? null };
}
