import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@quorum/common';
import { TrackedItemType } from './tracked-item.type';

@ObjectType('TrackedItemConnection')
export class TrackedItemConnection extends ConnectionType(TrackedItemType, 'TrackedItem') {}
