import { registerEnumType } from '@nestjs/graphql';

/** What was decided on a piece of moderated content, by staff or (AUTO_HIDE) by the platform at the report threshold. */
export enum ModerationAction {
  AUTO_HIDE = 'AUTO_HIDE',
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  DISMISS = 'DISMISS',
  BLOCK_AUTHOR = 'BLOCK_AUTHOR',
}

registerEnumType(ModerationAction, { name: 'ModerationAction' });
