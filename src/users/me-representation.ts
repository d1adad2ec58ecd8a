// What `/api/users/@me/` sends: the service answers the user (a Me); this module turns it into
// bytes with their ETag, kept per user and key reach (tenancy/me-cache.ts).
import type { Caller } from '../access/caller.ts';
import { reachShape } from '../access/reach.ts';
import { etagOfPayload } from '../http/etag.ts';
import type { MeBytes, MeCache } from '../tenancy/me-cache.ts';
import type { Me } from './schemas.ts';
import type { UserService } from './service.ts';

export type SerializeMe = (me: Me) => string;

export function createMeRepresentation({ users, cache }: { users: UserService; cache?: MeCache }) {
  return {
    async bytes(caller: Caller, serialize: SerializeMe): Promise<MeBytes> {
      const shape = reachShape(caller.key);
      const kept = cache?.me(caller.user.id, shape);
      if (kept) return kept;
      const generation = cache?.generation ?? 0;
      const payload = Buffer.from(serialize(await users.me(caller)));
      const bytes = { payload, etag: etagOfPayload(payload) };
      cache?.fillMe(caller.user.id, shape, bytes, generation);
      return bytes;
    },
  };
}
