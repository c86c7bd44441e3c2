import { NotFoundException } from '@nestjs/common';
import { isUuid } from '@quorum/common';

/** An id in a URL that cannot be one (a mistyped address) is a page that does not exist: 404, not a refused query. */
export function knownId(id: string): string {
  if (!isUuid(id)) throw new NotFoundException();
  return id;
}
