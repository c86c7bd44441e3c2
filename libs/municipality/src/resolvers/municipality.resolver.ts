import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '@quorum/identity';
import { MunicipalityService } from '../services/municipality.service';
import { MunicipalityType } from '../types/municipality.type';

@Resolver(() => MunicipalityType)
export class MunicipalityResolver {
  constructor(private readonly municipalities: MunicipalityService) {}

  @Public()
  @Query(() => MunicipalityType, { description: 'The commune this platform serves, with its districts.' })
  async municipality(): Promise<MunicipalityType> {
    const municipality = await this.municipalities.current();
    const districts = await this.municipalities.districts(municipality.id);
    return { ...municipality, districts };
  }
}
