import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  RESIDENT = 'RESIDENT',
  STAFF = 'STAFF',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role', description: 'What an account may do; ADMIN includes STAFF.' });
