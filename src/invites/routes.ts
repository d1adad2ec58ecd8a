import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import { Level } from '../access/levels.ts';
import type { Deps } from '../app/deps.ts';
import type { App } from '../http/app-types.ts';
import { callerOf } from '../http/app-types.ts';
import { authorizeScope } from '../http/auth.ts';
import { pageOf, paginate, Paginated, PaginationQuery } from '../http/pagination.ts';
import { uuidFromPath } from '../http/path-ids.ts';
import { errorResponses, NoContent } from '../http/schemas.ts';
import {
  Invite,
  InviteBulkCreate,
  InviteCreate,
  InviteCreated,
  InviteListParams,
  InviteParams,
  SignupAccept,
  SignupAccepted,
  SignupParams,
  SignupPreview,
} from './schemas.ts';
import { createInviteService } from './service.ts';
import { createSignupService } from './signup.ts';

const tags = ['invites'];
const anyMember = { minimum: Level.Member } as const;
/** The link is shown once, to the inviter: never kept for an Idempotency-Key replay. */
const SECRET_FIELDS = ['accept_url'] as const;
const SIGNUP_SECRET_FIELDS = ['personal_api_key'] as const;
/** OpenAPI: no credentials (the link is one), or a personal API key. */
const ANYONE_OR_KEY: Array<Record<string, string[]>> = [{}, { PersonalAPIKeyAuth: [] }];

/**
 * The invite bodies are checked by the service, as PostHog's serializer checks them (the level
 * rule's 403 comes in the middle of its field checks); the schemas document them.
 */
const documentedOnly = () => (data: unknown) => ({ value: data });

/** Where links point when ORGBASE_INVITE_URL does not say: SITE_URL, or the origin the request came to. */
function linkBase(request: FastifyRequest, siteUrl: string | undefined): string {
  return siteUrl ?? `${request.protocol}://${request.host}`;
}

export function registerInviteRoutes(app: App, deps: Deps): void {
  const invites = createInviteService({
    writes: deps.writes,
    inviteUrl: deps.config.inviteUrl,
    mailEnabled: deps.mail !== undefined,
    onMailQueued: () => deps.mail?.wake(),
  });

  app.get('/api/organizations/:organization_id/invites/', {
    config: { scope: 'organization_member:read', organization: anyMember },
    schema: {
      tags,
      operationId: 'invites_list',
      summary: "List the organization's invites, newest first",
      description: 'Expired invites too (`is_expired`); accepted and revoked ones are gone. Any member.',
      params: InviteListParams,
      querystring: PaginationQuery,
      response: { 200: Paginated(Invite), ...errorResponses(403, 404) },
    },
    handler: async (request) => {
      const page = pageOf(request.query);
      const { invites: results, count } = await invites.list(request.access, page);
      return paginate(request, page, count, results, deps.config.siteUrl);
    },
  });

  app.post('/api/organizations/:organization_id/invites/', {
    config: { scope: 'organization_member:write', organization: anyMember, secretFields: SECRET_FIELDS, representation: Invite },
    validatorCompiler: documentedOnly,
    schema: {
      tags,
      operationId: 'invites_create',
      summary: 'Invite someone',
      description:
        "Any member while the organization's `members_can_invite` is on, admins and owners always; never above your own level. Replaces this organization's invites for the same address. Expires in 3 days. The answer's `accept_url` is the only copy of the link besides the invitation mail.",
      params: InviteListParams,
      body: InviteCreate,
      response: { 201: InviteCreated, ...errorResponses(400, 403, 404) },
    },
    handler: async (request, reply) => {
      const created = await invites.create(callerOf(request), request.access, request.body, linkBase(request, deps.config.siteUrl));
      return reply.code(201).send(created);
    },
  });

  app.post('/api/organizations/:organization_id/invites/bulk/', {
    config: { scope: 'organization_member:write', organization: anyMember, secretFields: SECRET_FIELDS },
    validatorCompiler: documentedOnly,
    schema: {
      tags,
      operationId: 'invites_bulk_create',
      summary: 'Invite up to 20 people at once',
      description: 'A JSON array of invites; all are created or none (one transaction). The same rules as one invite, per row.',
      params: InviteListParams,
      body: InviteBulkCreate,
      response: { 201: Type.Array(InviteCreated), ...errorResponses(400, 403, 404) },
    },
    handler: async (request, reply) => {
      const created = await invites.createBulk(callerOf(request), request.access, request.body, linkBase(request, deps.config.siteUrl));
      return reply.code(201).send(created);
    },
  });

  app.delete('/api/organizations/:organization_id/invites/:id/', {
    config: { scope: 'organization_member:write', organization: { minimum: Level.Admin } },
    schema: {
      tags,
      operationId: 'invites_destroy',
      summary: 'Revoke an invite',
      description: 'Admins and owners. Its link stops working; its mail, if not sent yet, is not sent.',
      params: InviteParams,
      response: { 204: NoContent, ...errorResponses(403, 404) },
    },
    handler: async (request, reply) => {
      await invites.revoke(callerOf(request), request.access.organizationId, uuidFromPath(request.params.id));
      return reply.code(204).send(null);
    },
  });
}

export function registerSignupRoutes(app: App, deps: Deps): void {
  const signup = createSignupService({ writes: deps.writes });

  app.get('/api/signup/:token/', {
    config: { scope: 'optional-key', representation: SignupPreview },
    preValidation: async (request) => {
      if (request.caller) authorizeScope(request.caller, 'organization_member:read');
    },
    schema: {
      tags,
      operationId: 'signup_invite_retrieve',
      security: ANYONE_OR_KEY,
      summary: 'Check an invite link before accepting it',
      description:
        "Anyone holding the link; with a personal API key (`organization_member:read`), checked for that key's user as PostHog checks the logged-in user. The path takes the link's token: an invite's id is not valid here.",
      params: SignupParams,
      response: { 200: SignupPreview, ...errorResponses(400, 403) },
    },
    handler: (request) => signup.preview(request.params.token, request.caller),
  });

  app.post('/api/signup/:token/', {
    config: { scope: 'optional-key', secretFields: SIGNUP_SECRET_FIELDS },
    preValidation: async (request) => {
      if (request.caller) authorizeScope(request.caller, 'organization_member:write');
    },
    validatorCompiler: documentedOnly,
    schema: {
      tags,
      operationId: 'signup_invite_create',
      security: ANYONE_OR_KEY,
      summary: 'Accept an invite',
      description:
        "With a personal API key (`organization_member:write` or `*`, reaching the organization) the key's user joins; the invite's address must be theirs. Without one, a new user is created from `first_name` (required) and `last_name` and answered with their first key (`*`) in `personal_api_key`, shown this once. `password` is ignored. Joining switches the user's current organization and project to the new one.",
      params: SignupParams,
      body: SignupAccept,
      response: { 201: SignupAccepted, ...errorResponses(400, 403) },
    },
    handler: async (request, reply) => {
      const accepted = await signup.accept(request.params.token, request.caller, request.body, request.id);
      return reply.code(201).send(accepted);
    },
  });
}
