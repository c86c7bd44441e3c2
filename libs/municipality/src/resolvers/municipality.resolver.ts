import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { AuthenticatedUser, CurrentUser, Public, Role, Roles } from '@quorum/access';
import { MunicipalityEntity } from '../entities/municipality.entity';
import { MunicipalityService } from '../services/municipality.service';
import { MunicipalitySettingsService } from '../settings/municipality-settings.service';
import { withMapDefaults } from '../settings/municipality-map';
import { MapBoundsType } from '../settings/municipality-map.type';
import { UpdateMunicipalitySettingsInput } from '../settings/update-municipality-settings.input';
import { DistrictType } from '../types/district.type';
import { logoPath, MunicipalityType } from '../types/municipality.type';

@Resolver(() => MunicipalityType)
export class MunicipalityResolver {
  constructor(
    private readonly municipalities: MunicipalityService,
    private readonly settings: MunicipalitySettingsService,
  ) {}

  @Public()
  @Query(() => MunicipalityType, { description: 'The commune this platform serves, with its districts.' })
  async municipality(): Promise<MunicipalityType> {
    return this.load();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => MunicipalityType, {
    description:
      "Admin: the commune's name, colour, logo, legal texts (legal notice, DPO, accessibility) and background map.",
  })
  async updateMunicipalitySettings(
    @Args('input') input: UpdateMunicipalitySettingsInput,
    @CurrentUser() admin: AuthenticatedUser,
  ): Promise<MunicipalityType> {
    await this.settings.update(input, admin.id);
    return this.load();
  }

  /** Loaded only when asked for: every page of the website reads the commune, few its districts. */
  @ResolveField(() => [DistrictType])
  districts(@Parent() municipality: MunicipalityType): Promise<DistrictType[]> {
    return this.municipalities.districts(municipality.id);
  }

  @ResolveField(() => MapBoundsType, {
    nullable: true,
    description: "The box around the districts' polygons (where maps open); null when no district has one.",
  })
  bounds(): Promise<MapBoundsType | null> {
    return this.municipalities.bounds();
  }

  private async load(): Promise<MunicipalityType> {
    return toType(await this.municipalities.current());
  }
}

function toType(m: MunicipalityEntity): MunicipalityType {
  return {
    id: m.id,
    name: m.name,
    inseeCode: m.inseeCode,
    siren: m.siren,
    primaryColor: m.primaryColor,
    logoUrl: m.logoSha256 ? logoPath(m.logoSha256) : null,
    legal: m.legal,
    map: m.map && withMapDefaults(m.map),
  };
}
