import { Injectable } from '@nestjs/common';
import { DEFAULT_PRIMARY_COLOR } from '@quorum/municipality';
import type { LayoutDataFragment } from '../graphql/generated/graphql';
import type { SiteIdentity } from './page-context';

/**
 * The commune as the last page saw it: error pages (a 503 while PostgreSQL
 * is down, above all) still show its name and colours.
 */
@Injectable()
export class SiteIdentityCache {
  private last: SiteIdentity = {
    name: 'Quorum',
    primaryColor: DEFAULT_PRIMARY_COLOR,
    logoUrl: null,
    accessibility: null,
  };

  remember(municipality: LayoutDataFragment['municipality']): SiteIdentity {
    this.last = {
      name: municipality.name,
      primaryColor: municipality.primaryColor,
      logoUrl: municipality.logoUrl,
      accessibility: municipality.legal?.accessibilityConformity ?? null,
    };
    return this.last;
  }

  current(): SiteIdentity {
    return this.last;
  }
}
