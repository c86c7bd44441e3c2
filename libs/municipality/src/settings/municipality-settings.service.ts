import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditLog, staffActor, SYSTEM_ACTOR } from '@quorum/audit';
import { ValidationFailedException } from '@quorum/common';
import { DataSource } from 'typeorm';
import { MunicipalityService } from '../services/municipality.service';
import { contrastOnSite, MINIMUM_CONTRAST } from './colour-contrast';
import { logoFromDataUrl } from './logo-image';
import { MunicipalityLegal, MunicipalityLegalUpdate } from './municipality-legal';
import { MunicipalityMap, MunicipalityMapUpdate, tileOrigin, withMapDefaults } from './municipality-map';
import { MunicipalitySettingsRepository, SettingsChange } from './municipality-settings.repository';

export interface SettingsUpdate {
  name?: string;
  primaryColor?: string;
  logo?: string;
  removeLogo?: boolean;
  legal?: MunicipalityLegalUpdate;
  map?: MunicipalityMapUpdate;
  resetMap?: boolean;
}

/** The commune's name, colour, logo and legal texts, edited by an administrator and recorded in the audit log. */
@Injectable()
export class MunicipalitySettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly municipalities: MunicipalityService,
    private readonly settings: MunicipalitySettingsRepository,
    private readonly audit: AuditLog,
  ) {}

  async update(update: SettingsUpdate, adminId: string | null): Promise<void> {
    if (update.primaryColor && contrastOnSite(update.primaryColor) < MINIMUM_CONTRAST) {
      const ratio = contrastOnSite(update.primaryColor).toFixed(2);
      throw ValidationFailedException.forField(
        'input.primaryColor',
        `has a contrast of ${ratio}:1 against the site's light backgrounds; at least ${MINIMUM_CONTRAST}:1 is needed (WCAG AA)`,
      );
    }
    if (update.logo && update.removeLogo)
      throw ValidationFailedException.forField('input.removeLogo', 'cannot be set with a new logo');
    if (update.map && update.resetMap)
      throw ValidationFailedException.forField('input.resetMap', 'cannot be set with new map settings');
    if (update.map) checkMap(update.map);
    const change: SettingsChange = {
      name: update.name,
      primaryColor: update.primaryColor,
      legal: update.legal && normalizedLegal(update.legal),
      map: update.resetMap ? null : update.map && normalizedMap(update.map),
    };
    if (update.logo) change.logo = await logoFromDataUrl(update.logo);
    else if (update.removeLogo) change.logo = null;
    const municipality = await this.municipalities.current();
    await this.dataSource.transaction(async (manager) => {
      await this.settings.update(manager, municipality.id, change);
      await this.audit.append(manager, {
        actor: adminId ? staffActor(adminId) : SYSTEM_ACTOR,
        action: 'municipality.update-settings',
        subjectType: 'municipality',
        subjectId: municipality.id,
        isPublic: true,
        payload: {
          fields: Object.entries(change)
            .filter(([, value]) => value !== undefined)
            .map(([key]) => key),
          logoSha256: change.logo?.sha256 ?? null,
        },
      });
    });
    this.municipalities.forget();
  }

  logo(sha256: string): Promise<Buffer | null> {
    return this.settings.logo(sha256);
  }
}

function checkMap(map: MunicipalityMapUpdate): void {
  if (tileOrigin(map.tileUrlTemplate) === null)
    throw ValidationFailedException.forField(
      'input.map.tileUrlTemplate',
      'must be an http(s) URL with {z}, {x} and {y}, no other placeholder, no credentials',
    );
  if (map.minZoom > map.maxZoom)
    throw ValidationFailedException.forField('input.map.maxZoom', 'must be at least minZoom');
}

function normalizedMap(map: MunicipalityMapUpdate): MunicipalityMap {
  return withMapDefaults({
    tileUrlTemplate: map.tileUrlTemplate,
    attribution: map.attribution,
    minZoom: map.minZoom,
    maxZoom: map.maxZoom,
    boundsMarginMeters: map.boundsMarginMeters,
  });
}

function normalizedLegal(legal: MunicipalityLegalUpdate): MunicipalityLegal {
  return {
    ...legal,
    publisherPhone: textOrNull(legal.publisherPhone),
    hostPhone: textOrNull(legal.hostPhone),
    dpoName: textOrNull(legal.dpoName),
    dpoAddress: textOrNull(legal.dpoAddress),
    accessibilityScore: legal.accessibilityScore ?? null,
    accessibilityAuditDate: legal.accessibilityAuditDate ?? null,
    accessibilityAuditor: textOrNull(legal.accessibilityAuditor),
  };
}

/** An optional text left empty (or blank, which the input trims to empty) is an absent one: null, never ''. */
function textOrNull(text: string | null | undefined): string | null {
  return text || null;
}
