// Generated from /api/schema/ by test/console-types.test.ts (openapi-typescript); do not edit.
/* eslint-disable */
export interface paths {
    "/api/users/@me/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calling user, with their current organization and project
         * @description A key scoped to organizations or teams sees only those: other organizations are neither listed nor current.
         */
        get: operations["users_me_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your name, or switch your current organization or project
         * @description `set_current_organization` and `set_current_team` change what `@current` means for every later request.
         */
        patch: operations["users_me_partial_update"];
        trace?: never;
    };
    "/api/personal_api_keys/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the caller's personal API keys */
        get: operations["personal_api_keys_list"];
        put?: never;
        /** Create a personal API key; the response holds its value, shown only this once */
        post: operations["personal_api_keys_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personal_api_keys/@current/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Introspect the calling key
         * @description The calling key's scopes and scoping, and every organization it can reach with the caller's membership level in each. Any valid key may call it, whatever its scopes (an orgbase addition; PostHog has no such endpoint).
         */
        get: operations["personal_api_keys_current_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/personal_api_keys/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a personal API key */
        get: operations["personal_api_keys_retrieve"];
        put?: never;
        post?: never;
        /** Delete a personal API key; it stops working at once */
        delete: operations["personal_api_keys_destroy"];
        options?: never;
        head?: never;
        /** Change a key's label, scopes or scoping */
        patch: operations["personal_api_keys_partial_update"];
        trace?: never;
    };
    "/api/personal_api_keys/{id}/roll/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace a key's value; the old value stops working at once */
        post: operations["personal_api_keys_roll_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the caller's organizations
         * @description Narrowed to the key's `scoped_organizations`. Ordered by creation unless `ordering` says otherwise.
         */
        get: operations["list"];
        put?: never;
        /**
         * Create an organization; the caller becomes its owner
         * @description The slug is derived from the name. A default project and team are created with it, and it becomes the caller's current organization.
         */
        post: operations["create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/projects/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a project of any of the caller's organizations
         * @description `@current` is the caller's current project. A key scoped to teams sees only the projects of those teams.
         */
        get: operations["projects_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/signup/{token}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Check an invite link before accepting it
         * @description Anyone holding the link; with a personal API key (`organization_member:read`), checked for that key's user as PostHog checks the logged-in user. The path takes the link's token: an invite's id is not valid here.
         */
        get: operations["signup_invite_retrieve"];
        put?: never;
        /**
         * Accept an invite
         * @description With a personal API key (`organization_member:write` or `*`, reaching the organization) the key's user joins; the invite's address must be theirs. Without one, a new user is created from `first_name` (required) and `last_name` and answered with their first key (`*`) in `personal_api_key`, shown this once. `password` is ignored. Joining switches the user's current organization and project to the new one.
         */
        post: operations["signup_invite_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve an organization */
        get: operations["retrieve"];
        /**
         * Update an organization (admins and owners); `name` is required
         * @description PATCH's rules with a full body: fields left out keep their values, as in PostHog.
         */
        put: operations["update"];
        post?: never;
        /**
         * Delete an organization and everything in it (owners)
         * @description Memberships, roles, role memberships, integrations, projects and teams go with it, in one transaction. Users stay.
         */
        delete: operations["destroy"];
        options?: never;
        head?: never;
        /** Update an organization (admins and owners) */
        patch: operations["partial_update"];
        trace?: never;
    };
    "/api/organizations/{organization_id}/members/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organization's members
         * @description Active users only, newest first unless `ordering` says otherwise; `search` matches email and name.
         */
        get: operations["members_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/members/{user_uuid}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a member (`@me` for the caller)
         * @description An orgbase addition, so a client can read the ETag it sends back as If-Match.
         */
        get: operations["members_retrieve"];
        /** Change a member's level (full update; `level` is the one writable field) */
        put: operations["members_update"];
        post?: never;
        /**
         * Remove a member, or leave (`@me`)
         * @description Their role memberships in the organization go with them. No owner can be removed or leave (PostHog's rule): demote them first.
         */
        delete: operations["members_destroy"];
        options?: never;
        head?: never;
        /**
         * Change a member's level
         * @description Admins change others' levels up to their own; only owners make owners; nobody changes their own level; the organization always keeps an owner.
         */
        patch: operations["members_partial_update"];
        trace?: never;
    };
    "/api/organizations/{organization_id}/members/{user_uuid}/scoped_api_keys/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's personal API keys that reach this organization
         * @description PostHog's answer for the remove-member dialog: names (labels) and last use, never values. Any member, about any member.
         */
        get: operations["members_scoped_api_keys_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/projects/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organization's projects, oldest first
         * @description A key scoped to teams sees only the projects of those teams.
         */
        get: operations["organizations_projects_list"];
        put?: never;
        /**
         * Create a project with its first team; it becomes the caller's current project
         * @description Admins and owners only. The project and its team share one id; `name` defaults to "Default project".
         */
        post: operations["organizations_projects_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/projects/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a project of the organization
         * @description A key scoped to teams sees only the projects of those teams.
         */
        get: operations["organizations_projects_retrieve"];
        put?: never;
        post?: never;
        /**
         * Delete a project and its teams
         * @description Admins and owners only.
         */
        delete: operations["organizations_projects_destroy"];
        options?: never;
        head?: never;
        /**
         * Rename a project or change its time zone or IP anonymization
         * @description Admins and owners only. The name is also its first team's.
         */
        patch: operations["organizations_projects_partial_update"];
        trace?: never;
    };
    "/api/organizations/{organization_id}/roles/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's roles, oldest first, each with its members */
        get: operations["roles_list"];
        put?: never;
        /**
         * Create a role
         * @description Admins and owners only. The name must be unique within the organization, ignoring case.
         */
        post: operations["roles_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/roles/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a role with its members */
        get: operations["roles_retrieve"];
        /** Replace a role (its name, the one writable field) */
        put: operations["roles_update"];
        post?: never;
        /**
         * Delete a role
         * @description Admins and owners only. Its memberships are deleted with it, and if it was the organization's default role the organization is left without one.
         */
        delete: operations["roles_destroy"];
        options?: never;
        head?: never;
        /**
         * Rename a role
         * @description Admins and owners only. A rename that only changes the case of the name is allowed.
         */
        patch: operations["roles_partial_update"];
        trace?: never;
    };
    "/api/organizations/{organization_id}/roles/{role_id}/role_memberships/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List a role's memberships, oldest first */
        get: operations["roles_role_memberships_list"];
        /**
         * Set a role's members to exactly the given users
         * @description An orgbase addition for declarative (Terraform-style) clients. Makes the role's membership exactly `user_uuids` in one transaction: users not listed are removed, listed users not yet in the role are added, and users already in it keep their membership unchanged (same `id` and `joined_at`), so repeating the same request changes nothing.
         *
         *     Every uuid must name an active member of the organization, else 400 "User does not exist." with `attr` `user_uuids` and nothing changes. An empty list removes everyone.
         *
         *     Concurrent calls on one role apply one after another. Answers every resulting membership, oldest first, in the list envelope (`next` and `previous` null). Admins and owners only.
         */
        put: operations["roles_role_memberships_set"];
        /**
         * Add a member of the organization to a role
         * @description Admins and owners only. 400 "User does not exist." when the user is not an active member of the organization, and "User is already part of the role." when they are in it already.
         */
        post: operations["roles_role_memberships_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/roles/{role_id}/role_memberships/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a role membership */
        get: operations["roles_role_memberships_retrieve"];
        put?: never;
        post?: never;
        /**
         * Remove a user from a role
         * @description Admins and owners only; any membership of the role, the caller's own included.
         */
        delete: operations["roles_role_memberships_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/integrations/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organization's integrations, oldest first
         * @description Any member of the organization. Integrations are read-only here: installation flows create them (`orgbase integrations add`), so POST, PUT, PATCH and DELETE answer 405. `sensitive_config` is never returned.
         */
        get: operations["organizations_integrations_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/integrations/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve an integration
         * @description Any member of the organization. Integrations are read-only here: installation flows create them (`orgbase integrations add`), so POST, PUT, PATCH and DELETE answer 405.
         */
        get: operations["organizations_integrations_retrieve"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/integrations/{id}/environment-mapping/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Map the integration's environments to projects of the organization
         * @description Admins and owners only, for integrations whose `config.type` is `"connectable"`. `preview` and `development`
         *     default to `production`; every id must be a project of this organization. The mapping is stored in
         *     `config.environment_mapping` (the rest of `config` is kept) and the updated integration is returned.
         *
         *     Differences from PostHog, on purpose: PostHog refuses every scoped personal API key on this action
         *     ("This action does not support Personal API Key access"); orgbase has only keys, so it takes
         *     `organization_integration:write`. PostHog answers some errors here as a bare `{"detail"}`; orgbase answers
         *     all of them in the usual `{type, code, detail, attr}` body, `attr` naming the offending environment.
         *     As in PostHog, unknown body fields are ignored and `updated_at` is left as it was.
         */
        patch: operations["organizations_integrations_environment_mapping_partial_update"];
        trace?: never;
    };
    "/api/organizations/{organization_id}/audit_log/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's audit trail, newest first
         * @description Every change to the organization, its members, roles, role memberships and integrations, with who made it (user and personal API key), the target before and after, the request id and the time. Admins and owners only. An orgbase addition.
         */
        get: operations["organizations_audit_log_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/events/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The organization's events, oldest first, resumable
         * @description Every committed change of the organization as one event with a per-organization `sequence` (strictly increasing, no gaps). Read to the end, keep `cursor`, and resume with `?after=<cursor>`: no event is missed or repeated. Events older than the retention (ORGBASE_EVENT_RETENTION_DAYS, 90 days by default) are gone. Admins and owners only. An orgbase addition.
         */
        get: operations["organizations_events_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/invites/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the organization's invites, newest first
         * @description Expired invites too (`is_expired`); accepted and revoked ones are gone. Any member.
         */
        get: operations["invites_list"];
        put?: never;
        /**
         * Invite someone
         * @description Any member while the organization's `members_can_invite` is on, admins and owners always; never above your own level. Replaces this organization's invites for the same address. Expires in 3 days. The answer's `accept_url` is the only copy of the link besides the invitation mail.
         */
        post: operations["invites_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/invites/bulk/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Invite up to 20 people at once
         * @description A JSON array of invites; all are created or none (one transaction). The same rules as one invite, per row.
         */
        post: operations["invites_bulk_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/invites/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke an invite
         * @description Admins and owners. Its link stops working; its mail, if not sent yet, is not sent.
         */
        delete: operations["invites_destroy"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/domains/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's domains, by domain name */
        get: operations["domains_list"];
        put?: never;
        /**
         * Add a domain to verify
         * @description Admins and owners only. The domain must be lower-case and not used by any organization. It starts unverified, with a `verification_challenge` to publish in DNS.
         */
        post: operations["domains_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/domains/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a domain */
        get: operations["domains_retrieve"];
        /**
         * Replace a domain's settings
         * @description Admins and owners only. `domain` cannot be changed (it is ignored). `jit_provisioning_enabled`, `sso_enforcement` and `scim_enabled` need a verified domain (400 `verification_required` otherwise). Turning `scim_enabled` on returns the SCIM bearer token in `scim_bearer_token`, this once.
         */
        put: operations["domains_update"];
        post?: never;
        /**
         * Delete a domain
         * @description Admins and owners only. Its SCIM token stops working; the members it provisioned stay members.
         */
        delete: operations["domains_destroy"];
        options?: never;
        head?: never;
        /**
         * Change a domain's settings
         * @description Admins and owners only. `domain` cannot be changed (it is ignored). `jit_provisioning_enabled`, `sso_enforcement` and `scim_enabled` need a verified domain (400 `verification_required` otherwise). Turning `scim_enabled` on returns the SCIM bearer token in `scim_bearer_token`, this once.
         */
        patch: operations["domains_partial_update"];
        trace?: never;
    };
    "/api/organizations/{organization_id}/domains/{id}/verify/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the domain's DNS challenge
         * @description Admins and owners only. Looks up the TXT record `_posthog-challenge.<domain>`; when one holds `verification_challenge`
         *     the domain becomes verified. Answers 200 with the domain either way: look at `is_verified` (DNS may take hours to
         *     propagate). A resolver that fails or times out means "not verified", never an error.
         *
         *     Difference from PostHog, on purpose: PostHog refuses every scoped personal API key on this action; orgbase has only
         *     keys, so it takes `organization:write`.
         */
        post: operations["domains_verify_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/domains/{id}/scim/token/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a new SCIM bearer token
         * @description Admins and owners only, for a domain with SCIM enabled. The token is shown this once; the previous one stops working. PostHog answers "SCIM is not enabled for this domain" as a bare `{"detail"}`; orgbase uses its usual error body.
         */
        post: operations["domains_scim_token_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/domains/{id}/scim/logs/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The domain's recent SCIM requests, newest first
         * @description Admins and owners only. 20 per page (`page_size` up to 100). Authorization headers, passwords, names, emails and member ids are masked before they are stored.
         */
        get: operations["domains_scim_logs_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/webhooks/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the organization's webhook endpoints, oldest first */
        get: operations["webhooks_list"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Admins and owners only. The answer carries the signing `secret`, shown this once. The endpoint receives the events committed after it is created, in order, signed per Standard Webhooks. Answers 503 `webhooks_unavailable` when the server has no secret key (ORGBASE_SECRET_KEY) to protect signing secrets with.
         */
        post: operations["webhooks_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/webhooks/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a webhook endpoint (without its secret) */
        get: operations["webhooks_retrieve"];
        put?: never;
        post?: never;
        /** Delete a webhook endpoint and its delivery log */
        delete: operations["webhooks_destroy"];
        options?: never;
        head?: never;
        /**
         * Change a webhook endpoint
         * @description Admins and owners only. Enabling a disabled endpoint resumes its deliveries from the first event it has not delivered.
         */
        patch: operations["webhooks_partial_update"];
        trace?: never;
    };
    "/api/organizations/{organization_id}/webhooks/{id}/rotate_secret/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Replace a webhook endpoint's signing secret
         * @description Admins and owners only. The new `secret` is in the answer, this once. For 24 hours deliveries carry two signatures, by the new secret and the old one, so receivers can switch without losing any. Answers 503 `webhooks_unavailable` when the server has no secret key (ORGBASE_SECRET_KEY) to protect signing secrets with.
         */
        post: operations["webhooks_rotate_secret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/webhooks/{id}/deliveries/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a webhook endpoint's delivery attempts, newest first
         * @description Every attempt's status, duration and error; the receiver's answer is kept for 7 days.
         */
        get: operations["webhooks_deliveries_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/organizations/{organization_id}/webhooks/{id}/deliveries/{delivery_id}/retry/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send a delivery's event again, now
         * @description Admins and owners only. One attempt, made during the request (up to 15 s), outside the endpoint's schedule; the answer is that attempt. The endpoint's own order and retries go on as before.
         */
        post: operations["webhooks_deliveries_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AuditLogEntry: {
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            created_at: string;
            /**
             * @description `<target type>.<verb>`, e.g. `organization.updated`.
             * @example role.created
             */
            action: string;
            actor: {
                user_uuid: string | null;
                /** @description As it was when the change was made. */
                email: string | null;
                /** @description The personal API key that made the change. */
                key_id: string | null;
                /** @description The verified domain whose identity provider made the change over SCIM (its request id starts with `scim-`). */
                domain_id: string | null;
            };
            /** @example role */
            target_type: string;
            target_id: string;
            /** @description The target before the change; null for a creation. */
            before: unknown;
            /** @description The target after the change; null for a deletion. */
            after: unknown;
            request_id: string | null;
        };
        Error: {
            /** @example validation_error */
            type: string;
            /** @example required */
            code: string;
            /** @example This field is required. */
            detail: string;
            /** @example name */
            attr: string | null;
        };
        Integration: {
            /** Format: uuid */
            id: string;
            /**
             * @example vercel
             * @enum {string}
             */
            kind: "vercel" | "aws_marketplace";
            /** @description The id of the installation on the other side. */
            integration_id: string | null;
            /** @description Non-secret configuration, returned as stored. */
            config: unknown;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            created_by: components["schemas"]["User"] | null;
        };
        InviteSignupAccepted: {
            /** @example 1 */
            id: number;
            /** Format: uuid */
            uuid: string;
            distinct_id: string | null;
            first_name: string;
            last_name: string;
            /** Format: email */
            email: string;
            is_email_verified: boolean | null;
            hedgehog_config: {
                [key: string]: unknown;
            } | null;
            /** @example engineering */
            role_at_organization: string | null;
            /** @example / */
            redirect_url: string;
            /** @description A new user's first key (`*`), with its `value`, shown this once. Absent when an existing user accepts. An orgbase addition. */
            personal_api_key?: {
                id: string;
                label: string;
                /** @description The key itself. Present only in the responses that create or roll it. */
                value?: string;
                /** @example phx_...abcd */
                mask_value: string;
                /** Format: date-time */
                created_at: string;
                last_used_at: string | null;
                last_rolled_at: string | null;
                user_id: number;
                scopes: string[];
                /** @description Projects the key is limited to; `[]` for all. */
                scoped_teams: number[];
                /** @description Organizations the key is limited to; `[]` for all. */
                scoped_organizations: string[];
            };
        };
        InviteSignupPreview: {
            /** Format: uuid */
            id: string;
            /** Format: email */
            target_email: string;
            first_name: string;
            organization_name: string;
        };
        Me: {
            /** @example 1 */
            id: number;
            /** Format: uuid */
            uuid: string;
            distinct_id: string | null;
            first_name: string;
            last_name: string;
            /** Format: email */
            email: string;
            is_email_verified: boolean | null;
            hedgehog_config: {
                [key: string]: unknown;
            } | null;
            /** @example engineering */
            role_at_organization: string | null;
            /** Format: date-time */
            date_joined: string;
            pending_email: string | null;
            notification_settings: {
                [key: string]: unknown;
            };
            anonymize_data: boolean | null;
            allow_impersonation: boolean | null;
            /** @description Always false: orgbase authenticates with personal API keys only. */
            has_password: boolean;
            is_staff: boolean;
            is_impersonated: boolean | null;
            is_impersonated_until: string | null;
            is_impersonated_read_only: boolean | null;
            sensitive_session_expires_at: string | null;
            is_active: boolean;
            is_2fa_enabled: boolean;
            has_social_auth: boolean;
            has_sso_enforcement: boolean;
            scene_personalisation: {
                [key: string]: unknown;
            }[];
            /** @description The caller's current project (its first team); null when they have none. */
            team: components["schemas"]["TeamBasic"] | null;
            /** @description The caller's current organization, as they see it. */
            organization: components["schemas"]["Organization"] | null;
            organizations: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string;
                logo_media_id: string | null;
                membership_level: (1 | 8 | 15) | null;
                members_can_use_personal_api_keys: boolean;
                is_active: boolean | null;
                is_not_active_reason: string | null;
            }[];
        };
        Member: {
            /**
             * Format: uuid
             * @description The membership id.
             */
            id: string;
            user: components["schemas"]["User"];
            /**
             * @description 1 member, 8 admin, 15 owner.
             * @enum {integer}
             */
            level: 1 | 8 | 15;
            /** Format: date-time */
            joined_at: string;
            /** Format: date-time */
            updated_at: string;
            is_2fa_enabled: boolean;
            has_social_auth: boolean;
            last_login: string | null;
        };
        Organization: {
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Derived from the name at creation; never changes. */
            slug: string;
            logo_media_id: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description The caller's level: 1 member, 8 admin, 15 owner. */
            membership_level: (1 | 8 | 15) | null;
            /** @enum {integer} */
            plugins_access_level: 0 | 3 | 6 | 9;
            teams: components["schemas"]["TeamBasic"][];
            projects: components["schemas"]["ProjectBasic"][];
            available_product_features: unknown[] | null;
            is_member_join_email_enabled: boolean;
            metadata: {
                [key: string]: string;
            };
            customer_id: string | null;
            enforce_2fa: boolean | null;
            members_can_invite: boolean | null;
            members_can_use_personal_api_keys: boolean;
            allow_publicly_shared_resources: boolean;
            member_count: number;
            is_ai_data_processing_approved: boolean | null;
            /**
             * @description How experiments compute their statistics by default.
             * @example bayesian
             */
            default_experiment_stats_method: ("bayesian" | "frequentist" | "") | null;
            default_anonymize_ips: boolean;
            /** @description A role of this organization that new members join. */
            default_role_id: string | null;
            is_active: boolean | null;
            is_not_active_reason: string | null;
        };
        OrganizationDomain: {
            /** Format: uuid */
            id: string;
            /**
             * @description Lower-case; unique across every organization; fixed once created.
             * @example example.com
             */
            domain: string;
            /** @description Whether the DNS challenge has been met (or an operator forced it). */
            is_verified: boolean;
            verified_at: string | null;
            /**
             * @description Publish it as a TXT record of `_posthog-challenge.<domain>`, then call `verify`. Generated once.
             * @example p2Yc5m1kFJgW0WmBiO3v6mAkhX4pQ6gxQk7n2sZ1d8E
             */
            verification_challenge: string;
            /** @description Verified domains only. */
            jit_provisioning_enabled: boolean;
            /** @description Verified domains only; free text, as PostHog (e.g. `saml`, `google-oauth2`). */
            sso_enforcement: string;
            /** @description All three SAML fields are set. */
            has_saml: boolean;
            /** @description SAML entity id. */
            saml_entity_id: string | null;
            /** @description SAML ACS URL. */
            saml_acs_url: string | null;
            /** @description SAML signing certificate. */
            saml_x509_cert: string | null;
            /** @description SCIM is enabled and a bearer token exists. */
            has_scim: boolean;
            /** @description Verified domains only. Turning it on creates a bearer token, returned once. */
            scim_enabled: boolean;
            /** @description The SCIM 2.0 base URL to give the identity provider; null without SCIM. */
            scim_base_url: string | null;
            /** @description The SCIM bearer token, only in the answer of the request that created it; null everywhere else (only its hash is kept). */
            scim_bearer_token: string | null;
        };
        OrganizationInvite: {
            /**
             * Format: uuid
             * @description Identifies the invite (to revoke it); it is not the link and admits nobody.
             */
            id: string;
            /**
             * Format: email
             * @description Lower-cased.
             */
            target_email: string;
            first_name: string;
            /** @description True when the invitation was queued for mail (SMTP configured and `send_email`). */
            emailing_attempt_made: boolean;
            /**
             * @description The level the invitee joins at: 1 member, 8 admin, 15 owner.
             * @enum {integer}
             */
            level: 1 | 8 | 15;
            /** @description Invites expire 3 days after they are created. */
            is_expired: boolean;
            /** @description The inviter; null when created by the operator or the inviter was deleted. */
            created_by: components["schemas"]["User"] | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description Copied into the invitation mail. */
            message: string | null;
            private_project_access: {
                /** @description A project of this organization. */
                id: number;
                level: "member" | "admin" | "none";
            }[] | null;
        };
        OrganizationInviteCreate: {
            /**
             * Format: email
             * @description Lower-cased whole before it is stored.
             */
            target_email: string;
            first_name?: string;
            /**
             * @description At most your own level. Default 1.
             * @enum {integer}
             */
            level?: 1 | 8 | 15;
            message?: string | null;
            private_project_access?: {
                /** @description A project of this organization. */
                id: number;
                level: "member" | "admin" | "none";
            }[] | null;
            /** @description Mail the invitation when SMTP is configured. Default true. */
            send_email?: boolean;
            /** @description Keep the highest level and the project access of this address's pending invites. Default false. */
            combine_pending_invites?: boolean;
        };
        OrganizationInviteCreated: {
            /**
             * Format: uuid
             * @description Identifies the invite (to revoke it); it is not the link and admits nobody.
             */
            id: string;
            /**
             * Format: email
             * @description Lower-cased.
             */
            target_email: string;
            first_name: string;
            /** @description True when the invitation was queued for mail (SMTP configured and `send_email`). */
            emailing_attempt_made: boolean;
            /**
             * @description The level the invitee joins at: 1 member, 8 admin, 15 owner.
             * @enum {integer}
             */
            level: 1 | 8 | 15;
            /** @description Invites expire 3 days after they are created. */
            is_expired: boolean;
            /** @description The inviter; null when created by the operator or the inviter was deleted. */
            created_by: components["schemas"]["User"] | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description Copied into the invitation mail. */
            message: string | null;
            private_project_access: {
                /** @description A project of this organization. */
                id: number;
                level: "member" | "admin" | "none";
            }[] | null;
            /** @description The link that accepts this invite, shown once, here only: deliver it to the invitee yourself when no mail is sent. An orgbase addition. */
            accept_url: string;
        };
        PaginatedAuditLogEntryList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?offset=400&limit=100 */
            next: string | null;
            /** @example http://api.example.org/accounts/?offset=200&limit=100 */
            previous: string | null;
            results: components["schemas"]["AuditLogEntry"][];
        };
        PaginatedIntegrationList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?offset=400&limit=100 */
            next: string | null;
            /** @example http://api.example.org/accounts/?offset=200&limit=100 */
            previous: string | null;
            results: components["schemas"]["Integration"][];
        };
        PaginatedMemberList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?offset=400&limit=100 */
            next: string | null;
            /** @example http://api.example.org/accounts/?offset=200&limit=100 */
            previous: string | null;
            results: components["schemas"]["Member"][];
        };
        PaginatedOrganizationDomainList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?offset=400&limit=100 */
            next: string | null;
            /** @example http://api.example.org/accounts/?offset=200&limit=100 */
            previous: string | null;
            results: components["schemas"]["OrganizationDomain"][];
        };
        PaginatedOrganizationInviteList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?offset=400&limit=100 */
            next: string | null;
            /** @example http://api.example.org/accounts/?offset=200&limit=100 */
            previous: string | null;
            results: components["schemas"]["OrganizationInvite"][];
        };
        PaginatedOrganizationList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?offset=400&limit=100 */
            next: string | null;
            /** @example http://api.example.org/accounts/?offset=200&limit=100 */
            previous: string | null;
            results: components["schemas"]["Organization"][];
        };
        PaginatedProjectList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?offset=400&limit=100 */
            next: string | null;
            /** @example http://api.example.org/accounts/?offset=200&limit=100 */
            previous: string | null;
            results: components["schemas"]["Project"][];
        };
        PaginatedRoleList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?offset=400&limit=100 */
            next: string | null;
            /** @example http://api.example.org/accounts/?offset=200&limit=100 */
            previous: string | null;
            results: components["schemas"]["Role"][];
        };
        PaginatedRoleMembershipList: {
            /** @example 123 */
            count: number;
            /** @example http://api.example.org/accounts/?offset=400&limit=100 */
            next: string | null;
            /** @example http://api.example.org/accounts/?offset=200&limit=100 */
            previous: string | null;
            results: components["schemas"]["RoleMembership"][];
        };
        PaginatedScimLogEntryList: {
            count: number;
            next: string | null;
            previous: string | null;
            results: components["schemas"]["ScimLogEntry"][];
        };
        PersonalApiKey: {
            id: string;
            label: string;
            /** @description The key itself. Present only in the responses that create or roll it. */
            value?: string;
            /** @example phx_...abcd */
            mask_value: string;
            /** Format: date-time */
            created_at: string;
            last_used_at: string | null;
            last_rolled_at: string | null;
            user_id: number;
            scopes: string[];
            /** @description Projects the key is limited to; `[]` for all. */
            scoped_teams: number[];
            /** @description Organizations the key is limited to; `[]` for all. */
            scoped_organizations: string[];
        };
        PersonalApiKeyIntrospection: {
            id: string;
            label: string;
            mask_value: string;
            /** Format: date-time */
            created_at: string;
            last_used_at: string | null;
            scopes: string[];
            scoped_organizations: string[];
            scoped_teams: number[];
            user: {
                id: number;
                /** Format: uuid */
                uuid: string;
                email: string;
            };
            /** @description The organizations this key can reach (the user's, narrowed by `scoped_organizations`; none for a key scoped to projects), with the user's level in each. */
            organizations: {
                /** Format: uuid */
                id: string;
                name: string;
                slug: string;
                /** @enum {integer} */
                membership_level: 1 | 8 | 15;
            }[];
        };
        Project: {
            /** @example 2 */
            id: number;
            /**
             * Format: uuid
             * @description The uuid of the project's first team.
             */
            uuid: string;
            /** Format: uuid */
            organization: string;
            /**
             * @description The project token of the project's first team.
             * @example phc_...
             */
            api_token: string;
            /** @example Default project */
            name: string;
            /** Format: date-time */
            created_at: string;
            completed_snippet_onboarding: boolean;
            has_completed_onboarding_for: {
                [key: string]: unknown;
            } | null;
            ingested_event: boolean;
            is_demo: boolean;
            /** @example UTC */
            timezone: string;
            anonymize_ips: boolean;
            access_control: boolean;
        };
        ProjectBasic: {
            id: number;
            /** Format: uuid */
            organization_id: string;
            name: string;
        };
        Role: {
            /** Format: uuid */
            id: string;
            /** @example Engineering */
            name: string;
            /** Format: date-time */
            created_at: string;
            /** @description Who created the role; null once that user is deleted. (PostHog leaves it null.) */
            created_by: components["schemas"]["User"] | null;
            /** @description The role's memberships, oldest first. */
            members: components["schemas"]["RoleMembership"][];
            /** @description Whether this is the organization's default role, which new members join. */
            is_default: boolean;
        };
        RoleMembership: {
            /**
             * Format: uuid
             * @description The role membership id.
             */
            id: string;
            /** Format: uuid */
            role_id: string;
            organization_member: components["schemas"]["Member"];
            user: components["schemas"]["User"];
            /**
             * Format: date-time
             * @description When the user was added to the role.
             */
            joined_at: string;
            /** Format: date-time */
            updated_at: string;
            /**
             * Format: uuid
             * @description The member's user uuid, as given when adding them.
             */
            user_uuid: string;
        };
        ScimLogEntry: {
            /** Format: uuid */
            id: string;
            request_method: string;
            /** @description With filter values masked. */
            request_path: string;
            /** @description Authorization shown as `***`; cookies dropped. */
            request_headers: {
                [key: string]: string;
            };
            /** @description Masked: names, emails and member ids keep a first and last character; passwords are `[redacted]`. */
            request_body: unknown;
            response_status: number;
            /** @description Masked as the request body. */
            response_body: unknown;
            /** @description `okta`, `entra_id`, `google`, `onelogin` or `other`, from the User-Agent. */
            identity_provider: string;
            duration_ms: number;
            /** Format: date-time */
            created_at: string;
        };
        ScimToken: {
            scim_enabled: boolean;
            scim_base_url: string | null;
            /** @description The new bearer token, shown this once; the previous one stops working. */
            scim_bearer_token: string;
        };
        TeamBasic: {
            id: number;
            /** Format: uuid */
            uuid: string;
            /** Format: uuid */
            organization: string;
            project_id: number;
            /** @example phc_... */
            api_token: string;
            name: string;
            completed_snippet_onboarding: boolean;
            has_completed_onboarding_for: {
                [key: string]: unknown;
            } | null;
            ingested_event: boolean;
            is_demo: boolean;
            /** @example UTC */
            timezone: string;
            access_control: boolean;
        };
        User: {
            /** @example 1 */
            id: number;
            /** Format: uuid */
            uuid: string;
            distinct_id: string | null;
            first_name: string;
            last_name: string;
            /** Format: email */
            email: string;
            is_email_verified: boolean | null;
            hedgehog_config: {
                [key: string]: unknown;
            } | null;
            /** @example engineering */
            role_at_organization: string | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /** @description The request id (yours, if you sent a valid X-Request-Id; else a new UUID), also in the log lines. */
        "X-Request-Id": string;
        /** @description Strong validator of the returned resource; send it as If-Match on a write or If-None-Match on a read. */
        ETag: string;
        /** @description Requests allowed in the window closest to its limit (this user's, all their keys together). */
        "RateLimit-Limit": number;
        /** @description Requests left in that window. */
        "RateLimit-Remaining": number;
        /** @description Seconds until that window resets. */
        "RateLimit-Reset": number;
        /**
         * @description Every window, as `limit;w=seconds`, comma-separated.
         * @example 480;w=60, 4800;w=3600
         */
        "RateLimit-Policy": string;
        /** @description Seconds to wait before retrying. */
        "Retry-After": number;
        /** @description `true` when this is the kept response of an earlier request with the same Idempotency-Key. */
        "Idempotent-Replayed": "true";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    users_me_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer 304 with no body if the resource still has this ETag. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The calling user. A key sees only what its scope reaches: other organizations are neither listed nor current. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'user:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    users_me_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        /** @description What a user may change about themself. Other fields are ignored, as in PostHog. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Trimmed; at most 150 characters. */
                    first_name?: string;
                    /** @description Trimmed; at most 150 characters. */
                    last_name?: string;
                    /** @description Switch to this organization (its id); the current project becomes its first. */
                    set_current_organization?: string;
                    /**
                     * @description Switch to this project (its id), and to its organization.
                     * @example 2
                     */
                    set_current_team?: string;
                };
            };
        };
        responses: {
            /** @description The calling user. A key sees only what its scope reaches: other organizations are neither listed nor current. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'user:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    personal_api_keys_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalApiKey"][];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'personal_api_key:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    personal_api_keys_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A name for the key. */
                    label: string;
                    /** @description Scopes the key grants: `*`, or `<object>:read` / `<object>:write` (write implies read). */
                    scopes: string[];
                    /** @description Organizations the key is limited to; `[]` for all of the user's organizations. */
                    scoped_organizations?: string[];
                    /** @description Projects the key is limited to; `[]` for all. Such keys cannot use organization endpoints. */
                    scoped_teams?: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalApiKey"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'personal_api_key:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    personal_api_keys_current_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer 304 with no body if the resource still has this ETag. */
                "If-None-Match"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the calling key is and what it can reach. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalApiKeyIntrospection"];
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    personal_api_keys_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer 304 with no body if the resource still has this ETag. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The key id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalApiKey"];
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'personal_api_key:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    personal_api_keys_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description The key id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'personal_api_key:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    personal_api_keys_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description The key id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A name for the key. */
                    label?: string;
                    /** @description Scopes the key grants: `*`, or `<object>:read` / `<object>:write` (write implies read). */
                    scopes?: string[];
                    /** @description Organizations the key is limited to; `[]` for all of the user's organizations. */
                    scoped_organizations?: string[];
                    /** @description Projects the key is limited to; `[]` for all. Such keys cannot use organization endpoints. */
                    scoped_teams?: number[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalApiKey"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'personal_api_key:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    personal_api_keys_roll_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The key id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonalApiKey"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'personal_api_key:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                limit?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
                /** @description Only organizations whose name contains this, ignoring case. */
                search?: string;
                /** @description Sort key; `-` for descending. Default: creation order. */
                ordering?: "name" | "-name" | "created_at" | "-created_at";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedOrganizationList"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Trimmed; 1 to 64 characters.
                     * @example Acme
                     */
                    name: string;
                    logo_media_id?: string | null;
                    is_member_join_email_enabled?: boolean;
                    enforce_2fa?: boolean | null;
                    members_can_invite?: boolean | null;
                    members_can_use_personal_api_keys?: boolean;
                    allow_publicly_shared_resources?: boolean;
                    is_ai_data_processing_approved?: boolean | null;
                    /**
                     * @description How experiments compute their statistics by default.
                     * @example bayesian
                     */
                    default_experiment_stats_method?: ("bayesian" | "frequentist" | "") | null;
                    default_anonymize_ips?: boolean;
                    default_role_id?: string | null;
                };
            };
        };
        responses: {
            /** @description An organization, as the caller sees it. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    projects_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer 304 with no body if the resource still has this ETag. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The project id, or `@current` for the caller's current project. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A project of an organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'project:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signup_invite_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer 304 with no body if the resource still has this ETag. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description The token of the invite's link (not the invite's id). */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What an invite link is for, before it is accepted. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteSignupPreview"];
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signup_invite_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description The token of the invite's link (not the invite's id). */
                token: string;
            };
            cookie?: never;
        };
        /** @description PostHog's signup body. With a personal API key the caller joins and the body is ignored. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Required of a new user; ignored for an existing one. */
                    first_name?: string;
                    last_name?: string;
                    role_at_organization?: string | null;
                    /** @description Ignored: orgbase has no passwords. Keys authenticate. */
                    password?: string;
                };
            };
        };
        responses: {
            /** @description The user who joined. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InviteSignupAccepted"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer 304 with no body if the resource still has this ETag. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An organization, as the caller sees it. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Trimmed; 1 to 64 characters.
                     * @example Acme
                     */
                    name: string;
                    logo_media_id?: string | null;
                    is_member_join_email_enabled?: boolean;
                    enforce_2fa?: boolean | null;
                    members_can_invite?: boolean | null;
                    members_can_use_personal_api_keys?: boolean;
                    allow_publicly_shared_resources?: boolean;
                    is_ai_data_processing_approved?: boolean | null;
                    /**
                     * @description How experiments compute their statistics by default.
                     * @example bayesian
                     */
                    default_experiment_stats_method?: ("bayesian" | "frequentist" | "") | null;
                    default_anonymize_ips?: boolean;
                    default_role_id?: string | null;
                };
            };
        };
        responses: {
            /** @description An organization, as the caller sees it. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Trimmed; 1 to 64 characters.
                     * @example Acme
                     */
                    name?: string;
                    logo_media_id?: string | null;
                    is_member_join_email_enabled?: boolean;
                    enforce_2fa?: boolean | null;
                    members_can_invite?: boolean | null;
                    members_can_use_personal_api_keys?: boolean;
                    allow_publicly_shared_resources?: boolean;
                    is_ai_data_processing_approved?: boolean | null;
                    /**
                     * @description How experiments compute their statistics by default.
                     * @example bayesian
                     */
                    default_experiment_stats_method?: ("bayesian" | "frequentist" | "") | null;
                    default_anonymize_ips?: boolean;
                    default_role_id?: string | null;
                };
            };
        };
        responses: {
            /** @description An organization, as the caller sees it. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organization"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    members_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                limit?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
                /** @description Only members whose email or name contains this, ignoring case. */
                search?: string;
                /** @description Sort key; `-` for descending. Default: `-joined_at`. */
                ordering?: "joined_at" | "-joined_at" | "email" | "-email" | "level" | "-level";
                /** @description PostHog's `order`: `joined_at` or `-joined_at` (the default); `ordering`, when given, wins. */
                order?: "joined_at" | "-joined_at";
                /** @description Only the member with this email (exact, ignoring case). */
                email?: string;
            };
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedMemberList"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization_member:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    members_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer 304 with no body if the resource still has this ETag. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The member's user UUID, or `@me` for the caller. */
                user_uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user's membership of an organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization_member:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    members_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The member's user UUID, or `@me` for the caller. */
                user_uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 1 member, 8 admin, 15 owner.
                     * @enum {integer}
                     */
                    level: 1 | 8 | 15;
                };
            };
        };
        responses: {
            /** @description A user's membership of an organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization_member:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    members_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The member's user UUID, or `@me` for the caller. */
                user_uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization_member:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    members_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The member's user UUID, or `@me` for the caller. */
                user_uuid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description 1 member, 8 admin, 15 owner.
                     * @enum {integer}
                     */
                    level: 1 | 8 | 15;
                };
            };
        };
        responses: {
            /** @description A user's membership of an organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization_member:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    members_scoped_api_keys_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer 304 with no body if the resource still has this ETag. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The member's user UUID, or `@me` for the caller. */
                user_uuid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member's personal API keys that can reach this organization (unrestricted, narrowed to it, or to one of its projects). */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        has_keys: boolean;
                        has_keys_active_last_week: boolean;
                        keys: {
                            /** @description The key's label. */
                            name: string;
                            last_used_at: string | null;
                        }[];
                    };
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization_member:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_projects_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                limit?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
                /** @description Only projects whose name contains this, ignoring case. */
                search?: string;
            };
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedProjectList"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'project:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_projects_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Surrounding whitespace is trimmed.
                     * @example Website
                     */
                    name?: string;
                    /**
                     * @description An IANA time zone name.
                     * @example Europe/Berlin
                     */
                    timezone?: string;
                    anonymize_ips?: boolean;
                };
            };
        };
        responses: {
            /** @description A project of an organization. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'project:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_projects_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer 304 with no body if the resource still has this ETag. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The project id, or `@current` for the caller's current project. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A project of an organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'project:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_projects_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The project id, or `@current` for the caller's current project. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'project:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_projects_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The project id, or `@current` for the caller's current project. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Surrounding whitespace is trimmed.
                     * @example Website
                     */
                    name?: string;
                    /**
                     * @description An IANA time zone name.
                     * @example Europe/Berlin
                     */
                    timezone?: string;
                    anonymize_ips?: boolean;
                };
            };
        };
        responses: {
            /** @description A project of an organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Project"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'project:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    roles_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                limit?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
                /** @description Only roles whose name contains this, ignoring case. */
                search?: string;
                /** @description Sort key; `-` for descending. Default: creation order. */
                ordering?: "name" | "-name" | "created_at" | "-created_at";
            };
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedRoleList"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    roles_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Unique within the organization, ignoring case; surrounding whitespace is trimmed.
                     * @example Engineering
                     */
                    name: string;
                };
            };
        };
        responses: {
            /** @description A role of an organization: a named group of its members. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    roles_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer 304 with no body if the resource still has this ETag. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The role id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A role of an organization: a named group of its members. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    roles_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The role id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Unique within the organization, ignoring case; surrounding whitespace is trimmed.
                     * @example Engineering
                     */
                    name: string;
                };
            };
        };
        responses: {
            /** @description A role of an organization: a named group of its members. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    roles_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The role id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    roles_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The role id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Unique within the organization, ignoring case; surrounding whitespace is trimmed.
                     * @example Engineering
                     */
                    name?: string;
                };
            };
        };
        responses: {
            /** @description A role of an organization: a named group of its members. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Role"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    roles_role_memberships_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                limit?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The role id. */
                role_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedRoleMembershipList"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    roles_role_memberships_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The role id. */
                role_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Every user the role should have, each a member of the organization. An empty list empties the role.
                     * @example [
                     *       "095be615-a8ad-4c33-8e9c-c7612fbf6c9f"
                     *     ]
                     */
                    user_uuids: string[];
                };
            };
        };
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedRoleMembershipList"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    roles_role_memberships_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The role id. */
                role_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: uuid
                     * @description The user to add; they must be a member of the organization.
                     */
                    user_uuid: string;
                };
            };
        };
        responses: {
            /** @description A user's membership of a role. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleMembership"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    roles_role_memberships_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer 304 with no body if the resource still has this ETag. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The role id. */
                role_id: string;
                /** @description The role membership id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user's membership of a role. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoleMembership"];
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    roles_role_memberships_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The role id. */
                role_id: string;
                /** @description The role membership id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_integrations_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                limit?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedIntegrationList"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization_integration:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_integrations_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer 304 with no body if the resource still has this ETag. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The integration id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description An integration installed for a whole organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"];
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization_integration:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_integrations_environment_mapping_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The integration id (a UUID). */
                id: string;
            };
            cookie?: never;
        };
        /** @description Which project of the organization each environment of the integration reports to. Other fields are ignored, as in PostHog. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description The project that receives production traffic.
                     * @example 2
                     */
                    production: number;
                    /**
                     * @description The project for preview deployments; defaults to `production`.
                     * @example 2
                     */
                    preview?: number;
                    /**
                     * @description The project for development; defaults to `production`.
                     * @example 2
                     */
                    development?: number;
                    /** @description The caller's key, for clients that cannot send an Authorization header. */
                    personal_api_key?: string;
                };
            };
        };
        responses: {
            /** @description An integration installed for a whole organization. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Integration"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization_integration:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_audit_log_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                limit?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
                /** @description Only these actions (comma-separated), e.g. `role.created,role.deleted`. */
                action?: string;
                /** @description Only changes made by this user (UUID). */
                actor?: string;
                /** @description Only changes to targets of this type, e.g. `role`. */
                target_type?: string;
                /** @description Only changes to this target. */
                target_id?: string;
                /** @description Only changes at or after this time (ISO 8601). */
                after?: string;
                /** @description Only changes before this time (ISO 8601). */
                before?: string;
            };
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedAuditLogEntryList"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'activity_log:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    organizations_events_list: {
        parameters: {
            query?: {
                /** @description Where to resume: the `cursor` of the page last read (opaque). Left out, the feed starts at the organization's oldest kept event. */
                after?: string;
                /** @description Events per page, 1 to 1000 (default 100). */
                limit?: number;
                /** @description Only these event types (comma-separated), e.g. `member.added,member.removed`. */
                types?: string;
            };
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the organization's events, oldest first. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: uri
                         * @description The URL of the next page: this request with `after` set to `cursor`. Never null: the feed has no end, and an empty page means nothing newer yet.
                         * @example https://orgbase.example.com/api/organizations/0190.../events/?after=djE6NDI&limit=100
                         */
                        next: string;
                        /**
                         * @description Resumes exactly after the last event of this page (or where this page began, when it is empty).
                         * @example djE6NDI
                         */
                        cursor: string;
                        results: {
                            /**
                             * Format: uuid
                             * @description The event's id; webhook deliveries carry it as `webhook-id`.
                             */
                            id: string;
                            /** @enum {unknown} */
                            type: "organization.created" | "organization.updated" | "organization.deleted" | "member.added" | "member.updated" | "member.removed" | "role.created" | "role.updated" | "role.deleted" | "role_membership.created" | "role_membership.deleted" | "project.created" | "project.updated" | "project.deleted" | "integration.created" | "integration.updated" | "integration.deleted" | "invite.created" | "invite.deleted" | "invite.accepted" | "domain.created" | "domain.updated" | "domain.verified" | "domain.deleted" | "endpoint.disabled";
                            /** Format: uuid */
                            organization_id: string;
                            /** @description Strictly increasing per organization, without gaps among committed events. */
                            sequence: number;
                            /**
                             * Format: date-time
                             * @description When the change committed (its transaction time).
                             */
                            timestamp: string;
                            /** @description Who made the change. */
                            actor: {
                                /** @description The user who acted; null for the operator and identity providers. */
                                user_uuid: string | null;
                                /** @description The id of the personal API key that made the request (never its value); null outside the API. */
                                key_id: string | null;
                                via: "api" | "cli" | "scim";
                            };
                            /** @description The resource as the API answers it after the change; `{before, after}` for an update; the last state for a deletion. */
                            data: unknown;
                        }[];
                    };
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'activity_log:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    invites_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                limit?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedOrganizationInviteList"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization_member:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    invites_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        /** @description A new invite. It replaces any invite of this organization for the same address. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationInviteCreate"];
            };
        };
        responses: {
            /** @description An invite as its creation answers it: with its acceptance link, shown once. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationInviteCreated"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization_member:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    invites_bulk_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        /** @description At most 20; all are created or none. */
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrganizationInviteCreate"][];
            };
        };
        responses: {
            /** @description Default Response */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationInviteCreated"][];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization_member:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    invites_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The invite's id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization_member:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                limit?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedOrganizationDomainList"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        /** @description A new domain. `jit_provisioning_enabled`, `sso_enforcement` and `scim_enabled` are ignored here (they need a verified domain); SAML fields are kept. */
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Lower-case letters, digits and hyphens, e.g. `eu.example.com`.
                     * @example example.com
                     */
                    domain: string;
                    jit_provisioning_enabled?: boolean;
                    sso_enforcement?: string;
                    saml_entity_id?: string | null;
                    saml_acs_url?: string | null;
                    saml_x509_cert?: string | null;
                    scim_enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description A verified (or to-be-verified) email domain of an organization: PostHog's authentication domain. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDomain"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_retrieve: {
        parameters: {
            query?: never;
            header?: {
                /** @description Answer 304 with no body if the resource still has this ETag. */
                "If-None-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The domain id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A verified (or to-be-verified) email domain of an organization: PostHog's authentication domain. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDomain"];
                };
            };
            /** @description Not modified. */
            304: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The domain id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The writable fields of a domain; read-only fields in the body are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ignored: a domain cannot be changed once created. */
                    domain?: string;
                    jit_provisioning_enabled?: boolean;
                    sso_enforcement?: string;
                    saml_entity_id?: string | null;
                    saml_acs_url?: string | null;
                    saml_x509_cert?: string | null;
                    scim_enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description A verified (or to-be-verified) email domain of an organization: PostHog's authentication domain. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDomain"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_destroy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The domain id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_partial_update: {
        parameters: {
            query?: never;
            header?: {
                /** @description Proceed only if the resource still has this ETag (else 412). */
                "If-Match"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The domain id. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The writable fields of a domain; read-only fields in the body are ignored. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Ignored: a domain cannot be changed once created. */
                    domain?: string;
                    jit_provisioning_enabled?: boolean;
                    sso_enforcement?: string;
                    saml_entity_id?: string | null;
                    saml_acs_url?: string | null;
                    saml_x509_cert?: string | null;
                    scim_enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description A verified (or to-be-verified) email domain of an organization: PostHog's authentication domain. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    ETag: components["headers"]["ETag"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDomain"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description If-Match did not match the current ETag. */
            412: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "precondition_failed",
                     *       "detail": "The resource has changed since it was read: If-Match does not match its current ETag.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_verify_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The domain id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A verified (or to-be-verified) email domain of an organization: PostHog's authentication domain. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDomain"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_scim_token_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The domain id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A freshly issued SCIM bearer token. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScimToken"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    domains_scim_logs_list: {
        parameters: {
            query?: {
                /** @description Page number (20 per page by default). */
                page?: number;
                page_size?: number;
                /** @description Only responses with at least this status. */
                status_min?: number;
                /** @description Only responses with at most this status. */
                status_max?: number;
                /** @description Case-insensitive substring of the path or the (masked) body. */
                search?: string;
                after?: string;
                before?: string;
            };
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The domain id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaginatedScimLogEntryList"];
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'organization:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooks_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                limit?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 123 */
                        count: number;
                        /** @example http://api.example.org/accounts/?offset=400&limit=100 */
                        next: string | null;
                        /** @example http://api.example.org/accounts/?offset=200&limit=100 */
                        previous: string | null;
                        results: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * @description Where deliveries are POSTed: https://, or http:// to a private address when the server allows it (ORGBASE_WEBHOOK_ALLOW_PRIVATE).
                             * @example https://hooks.example.com/orgbase
                             */
                            url: string;
                            /**
                             * @description A note for people; not sent.
                             * @example CRM sync
                             */
                            description: string;
                            /**
                             * @description The event types delivered; empty for every type.
                             * @example [
                             *       "member.added",
                             *       "member.removed"
                             *     ]
                             */
                            event_types: ("organization.created" | "organization.updated" | "organization.deleted" | "member.added" | "member.updated" | "member.removed" | "role.created" | "role.updated" | "role.deleted" | "role_membership.created" | "role_membership.deleted" | "project.created" | "project.updated" | "project.deleted" | "integration.created" | "integration.updated" | "integration.deleted" | "invite.created" | "invite.deleted" | "invite.accepted" | "domain.created" | "domain.updated" | "domain.verified" | "domain.deleted" | "endpoint.disabled")[];
                            /** @description False stops deliveries; set by a 410 answer or five days of failures, or by hand. */
                            enabled: boolean;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            updated_at: string;
                            /**
                             * @description The signing secret, `whsec_` and base64: shown only when the endpoint is created and when its secret is rotated.
                             * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
                             */
                            secret?: string;
                        }[];
                    };
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'webhook:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooks_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Where deliveries are POSTed: https://, or http:// to a private address when the server allows it (ORGBASE_WEBHOOK_ALLOW_PRIVATE).
                     * @example https://hooks.example.com/orgbase
                     */
                    url: string;
                    /**
                     * @description A note for people; not sent.
                     * @example CRM sync
                     */
                    description?: string;
                    /**
                     * @description The event types delivered; empty for every type.
                     * @example [
                     *       "member.added",
                     *       "member.removed"
                     *     ]
                     */
                    event_types?: ("organization.created" | "organization.updated" | "organization.deleted" | "member.added" | "member.updated" | "member.removed" | "role.created" | "role.updated" | "role.deleted" | "role_membership.created" | "role_membership.deleted" | "project.created" | "project.updated" | "project.deleted" | "integration.created" | "integration.updated" | "integration.deleted" | "invite.created" | "invite.deleted" | "invite.accepted" | "domain.created" | "domain.updated" | "domain.verified" | "domain.deleted" | "endpoint.disabled")[];
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description A Standard Webhooks endpoint: every event of the organization (or of the listed types) is POSTed to it, signed, in order. */
            201: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Where deliveries are POSTed: https://, or http:// to a private address when the server allows it (ORGBASE_WEBHOOK_ALLOW_PRIVATE).
                         * @example https://hooks.example.com/orgbase
                         */
                        url: string;
                        /**
                         * @description A note for people; not sent.
                         * @example CRM sync
                         */
                        description: string;
                        /**
                         * @description The event types delivered; empty for every type.
                         * @example [
                         *       "member.added",
                         *       "member.removed"
                         *     ]
                         */
                        event_types: ("organization.created" | "organization.updated" | "organization.deleted" | "member.added" | "member.updated" | "member.removed" | "role.created" | "role.updated" | "role.deleted" | "role_membership.created" | "role_membership.deleted" | "project.created" | "project.updated" | "project.deleted" | "integration.created" | "integration.updated" | "integration.deleted" | "invite.created" | "invite.deleted" | "invite.accepted" | "domain.created" | "domain.updated" | "domain.verified" | "domain.deleted" | "endpoint.disabled")[];
                        /** @description False stops deliveries; set by a 410 answer or five days of failures, or by hand. */
                        enabled: boolean;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                        /**
                         * @description The signing secret, `whsec_` and base64: shown only when the endpoint is created and when its secret is rotated.
                         * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
                         */
                        secret?: string;
                    };
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'webhook:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooks_retrieve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The webhook endpoint id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A Standard Webhooks endpoint: every event of the organization (or of the listed types) is POSTed to it, signed, in order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Where deliveries are POSTed: https://, or http:// to a private address when the server allows it (ORGBASE_WEBHOOK_ALLOW_PRIVATE).
                         * @example https://hooks.example.com/orgbase
                         */
                        url: string;
                        /**
                         * @description A note for people; not sent.
                         * @example CRM sync
                         */
                        description: string;
                        /**
                         * @description The event types delivered; empty for every type.
                         * @example [
                         *       "member.added",
                         *       "member.removed"
                         *     ]
                         */
                        event_types: ("organization.created" | "organization.updated" | "organization.deleted" | "member.added" | "member.updated" | "member.removed" | "role.created" | "role.updated" | "role.deleted" | "role_membership.created" | "role_membership.deleted" | "project.created" | "project.updated" | "project.deleted" | "integration.created" | "integration.updated" | "integration.deleted" | "invite.created" | "invite.deleted" | "invite.accepted" | "domain.created" | "domain.updated" | "domain.verified" | "domain.deleted" | "endpoint.disabled")[];
                        /** @description False stops deliveries; set by a 410 answer or five days of failures, or by hand. */
                        enabled: boolean;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                        /**
                         * @description The signing secret, `whsec_` and base64: shown only when the endpoint is created and when its secret is rotated.
                         * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
                         */
                        secret?: string;
                    };
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'webhook:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooks_destroy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The webhook endpoint id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No response body. */
            204: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'webhook:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooks_partial_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The webhook endpoint id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * @description Where deliveries are POSTed: https://, or http:// to a private address when the server allows it (ORGBASE_WEBHOOK_ALLOW_PRIVATE).
                     * @example https://hooks.example.com/orgbase
                     */
                    url?: string;
                    /**
                     * @description A note for people; not sent.
                     * @example CRM sync
                     */
                    description?: string;
                    /**
                     * @description The event types delivered; empty for every type.
                     * @example [
                     *       "member.added",
                     *       "member.removed"
                     *     ]
                     */
                    event_types?: ("organization.created" | "organization.updated" | "organization.deleted" | "member.added" | "member.updated" | "member.removed" | "role.created" | "role.updated" | "role.deleted" | "role_membership.created" | "role_membership.deleted" | "project.created" | "project.updated" | "project.deleted" | "integration.created" | "integration.updated" | "integration.deleted" | "invite.created" | "invite.deleted" | "invite.accepted" | "domain.created" | "domain.updated" | "domain.verified" | "domain.deleted" | "endpoint.disabled")[];
                    enabled?: boolean;
                };
            };
        };
        responses: {
            /** @description A Standard Webhooks endpoint: every event of the organization (or of the listed types) is POSTed to it, signed, in order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Where deliveries are POSTed: https://, or http:// to a private address when the server allows it (ORGBASE_WEBHOOK_ALLOW_PRIVATE).
                         * @example https://hooks.example.com/orgbase
                         */
                        url: string;
                        /**
                         * @description A note for people; not sent.
                         * @example CRM sync
                         */
                        description: string;
                        /**
                         * @description The event types delivered; empty for every type.
                         * @example [
                         *       "member.added",
                         *       "member.removed"
                         *     ]
                         */
                        event_types: ("organization.created" | "organization.updated" | "organization.deleted" | "member.added" | "member.updated" | "member.removed" | "role.created" | "role.updated" | "role.deleted" | "role_membership.created" | "role_membership.deleted" | "project.created" | "project.updated" | "project.deleted" | "integration.created" | "integration.updated" | "integration.deleted" | "invite.created" | "invite.deleted" | "invite.accepted" | "domain.created" | "domain.updated" | "domain.verified" | "domain.deleted" | "endpoint.disabled")[];
                        /** @description False stops deliveries; set by a 410 answer or five days of failures, or by hand. */
                        enabled: boolean;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                        /**
                         * @description The signing secret, `whsec_` and base64: shown only when the endpoint is created and when its secret is rotated.
                         * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
                         */
                        secret?: string;
                    };
                };
            };
            /** @description Invalid input; `attr` names the field. */
            400: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "validation_error",
                     *       "code": "required",
                     *       "detail": "This field is required.",
                     *       "attr": "name"
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'webhook:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooks_rotate_secret: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The webhook endpoint id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description A Standard Webhooks endpoint: every event of the organization (or of the listed types) is POSTed to it, signed, in order. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * @description Where deliveries are POSTed: https://, or http:// to a private address when the server allows it (ORGBASE_WEBHOOK_ALLOW_PRIVATE).
                         * @example https://hooks.example.com/orgbase
                         */
                        url: string;
                        /**
                         * @description A note for people; not sent.
                         * @example CRM sync
                         */
                        description: string;
                        /**
                         * @description The event types delivered; empty for every type.
                         * @example [
                         *       "member.added",
                         *       "member.removed"
                         *     ]
                         */
                        event_types: ("organization.created" | "organization.updated" | "organization.deleted" | "member.added" | "member.updated" | "member.removed" | "role.created" | "role.updated" | "role.deleted" | "role_membership.created" | "role_membership.deleted" | "project.created" | "project.updated" | "project.deleted" | "integration.created" | "integration.updated" | "integration.deleted" | "invite.created" | "invite.deleted" | "invite.accepted" | "domain.created" | "domain.updated" | "domain.verified" | "domain.deleted" | "endpoint.disabled")[];
                        /** @description False stops deliveries; set by a 410 answer or five days of failures, or by hand. */
                        enabled: boolean;
                        /** Format: date-time */
                        created_at: string;
                        /** Format: date-time */
                        updated_at: string;
                        /**
                         * @description The signing secret, `whsec_` and base64: shown only when the endpoint is created and when its secret is rotated.
                         * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
                         */
                        secret?: string;
                    };
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'webhook:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooks_deliveries_list: {
        parameters: {
            query?: {
                /** @description Number of results to return per page. */
                limit?: number;
                /** @description The initial index from which to return the results. */
                offset?: number;
            };
            header?: never;
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The webhook endpoint id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @example 123 */
                        count: number;
                        /** @example http://api.example.org/accounts/?offset=400&limit=100 */
                        next: string | null;
                        /** @example http://api.example.org/accounts/?offset=200&limit=100 */
                        previous: string | null;
                        results: {
                            /** Format: uuid */
                            id: string;
                            /**
                             * Format: uuid
                             * @description The event delivered, sent as `webhook-id`.
                             */
                            event_id: string;
                            /** @example member.added */
                            event_type: string;
                            event_sequence: number;
                            /** @description Which attempt at this event this was. */
                            attempt: number;
                            /** @description `retrying`: failed, another attempt is scheduled; `disabled`: the endpoint was disabled by this answer. */
                            outcome: "delivered" | "retrying" | "given_up" | "disabled";
                            /** @description Sent by POST .../retry/ rather than the schedule. */
                            manual: boolean;
                            /** @description The receiver's HTTP status; null when none came. */
                            status_code: number | null;
                            duration_ms: number;
                            error: string | null;
                            /** @description The receiver's answer (first 64 KB), kept for 7 days. */
                            response_body: string | null;
                            /** Format: date-time */
                            created_at: string;
                        }[];
                    };
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'webhook:read'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webhooks_deliveries_retry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the first response is kept 24 hours per API key and Idempotency-Key and replayed to that API key with `Idempotent-Replayed: true` (a replayed key create or roll answers the key without `value`, which is never stored); reusing the Idempotency-Key with a different body answers 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                /** @description An organization UUID, or `@current` for the caller's current organization. */
                organization_id: string;
                /** @description The webhook endpoint id. */
                id: string;
                /** @description The delivery attempt id. */
                delivery_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description One delivery attempt. */
            200: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Idempotent-Replayed": components["headers"]["Idempotent-Replayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
                        /**
                         * Format: uuid
                         * @description The event delivered, sent as `webhook-id`.
                         */
                        event_id: string;
                        /** @example member.added */
                        event_type: string;
                        event_sequence: number;
                        /** @description Which attempt at this event this was. */
                        attempt: number;
                        /** @description `retrying`: failed, another attempt is scheduled; `disabled`: the endpoint was disabled by this answer. */
                        outcome: "delivered" | "retrying" | "given_up" | "disabled";
                        /** @description Sent by POST .../retry/ rather than the schedule. */
                        manual: boolean;
                        /** @description The receiver's HTTP status; null when none came. */
                        status_code: number | null;
                        duration_ms: number;
                        error: string | null;
                        /** @description The receiver's answer (first 64 KB), kept for 7 days. */
                        response_body: string | null;
                        /** Format: date-time */
                        created_at: string;
                    };
                };
            };
            /** @description No key, or an unknown, malformed or revoked personal API key. */
            401: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "not_authenticated",
                     *       "detail": "Authentication credentials were not provided.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description The key lacks the scope, or the caller lacks the membership level. */
            403: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "authentication_error",
                     *       "code": "permission_denied",
                     *       "detail": "API key missing required scope 'webhook:write'",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Not found, or not visible to the caller. */
            404: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "not_found",
                     *       "detail": "Not found.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Another request with this Idempotency-Key is still being processed. */
            409: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "conflict",
                     *       "detail": "A request with this Idempotency-Key is still being processed. Retry later.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Request body too large. */
            413: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "request_too_large",
                     *       "detail": "Request body is too large.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unsupported media type. */
            415: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "unsupported_media_type",
                     *       "detail": "Unsupported media type \"text/plain\" in request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description This Idempotency-Key was already used with a different request. */
            422: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "invalid_request",
                     *       "code": "idempotency_key_reused",
                     *       "detail": "This Idempotency-Key was already used with a different request.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Rate limit exceeded (per user, all their keys together; see RateLimit-Policy). */
            429: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    "Retry-After": components["headers"]["Retry-After"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "throttled_error",
                     *       "code": "throttled",
                     *       "detail": "Request was throttled. Expected available in 17 seconds.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Unexpected server error; the request id is in X-Request-Id and in the log. */
            500: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "server_error",
                     *       "code": "error",
                     *       "detail": "A server error occurred.",
                     *       "attr": null
                     *     }
                     */
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description Error. */
            503: {
                headers: {
                    "X-Request-Id": components["headers"]["X-Request-Id"];
                    "RateLimit-Limit": components["headers"]["RateLimit-Limit"];
                    "RateLimit-Remaining": components["headers"]["RateLimit-Remaining"];
                    "RateLimit-Reset": components["headers"]["RateLimit-Reset"];
                    "RateLimit-Policy": components["headers"]["RateLimit-Policy"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
