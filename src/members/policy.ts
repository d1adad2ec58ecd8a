// PostHog's rules for changing and removing memberships, which depend on both sides of the
// change. Pure: the service reads the levels on current data (locked rows) and asks these.
import { Level } from '../access/levels.ts';
import { PermissionDenied, ValidationError, type DomainError } from '../domain/errors.ts';
import { REFUSAL } from '../domain/refusals.ts';

export interface MembershipChange {
  /** The caller's own level in the organization, as it is now. */
  callerLevel: Level;
  /** The level of the membership being changed or removed. */
  targetLevel: Level;
  /** Whether the caller is changing or removing their own membership. */
  isSelf: boolean;
}

/** Why PostHog refuses setting the target's level to `newLevel`, or null when it may. */
export function levelChangeRefusal(change: MembershipChange, newLevel: number): DomainError | null {
  const { callerLevel, targetLevel, isSelf } = change;
  if (isSelf) return new PermissionDenied("You can't change your own access level.");
  if (callerLevel < Level.Admin) return new PermissionDenied(REFUSAL.editOthersNotAdmin);
  if (newLevel === Level.Owner && callerLevel < Level.Owner) {
    return new PermissionDenied("You can only make another member owner if you're this organization's owner.");
  }
  if (newLevel > callerLevel) return new PermissionDenied('You can only change access level of others to lower or equal to your current one.');
  if (targetLevel > callerLevel) return new PermissionDenied(REFUSAL.editOthersAboveCaller);
  return null;
}

/**
 * Why PostHog refuses removing the target, or null when it may: anyone may leave, admins remove
 * others up to their own level, and no owner is ever removed (demote them first).
 */
export function removalRefusal(change: MembershipChange): DomainError | null {
  const { callerLevel, targetLevel, isSelf } = change;
  if (!isSelf) {
    if (callerLevel < Level.Admin) return new PermissionDenied(REFUSAL.editOthersNotAdmin);
    if (targetLevel > callerLevel) return new PermissionDenied(REFUSAL.editOthersAboveCaller);
  }
  if (targetLevel === Level.Owner) return new ValidationError(REFUSAL.ownerStays);
  return null;
}
