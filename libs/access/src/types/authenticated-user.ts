import { Role } from './role.enum';

/** The signed-in account as resolvers see it; loaded once per request. */
export interface AuthenticatedUser {
  id: string;
  role: Role;
  verified: boolean;
}
