import type { UserRole } from '../db/database-schema';

/** Who sent a request, from its API token. Every query is scoped to `tenantId`. */
export interface Caller {
  readonly tenantId: string;
  readonly userId: string;
  readonly userName: string;
  readonly role: UserRole;
  readonly tokenId: string;
}
