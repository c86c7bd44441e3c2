import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { LimitedWrite, Roles, AuthenticatedUser, CurrentUser, Role } from '@quorum/access';
import { CensusImportService } from '../census/census-import.service';
import { ImportCensusInput } from '../dto/import-census.input';
import { VerifyResidencyInput } from '../dto/verify-residency.input';
import { VerifyResidentInPersonInput } from '../dto/verify-resident-in-person.input';
import { ResidencyService } from '../services/residency.service';
import { UserService } from '../services/user.service';
import { CensusImportResultType } from '../types/census-import-result.type';
import { UserType } from '../types/user.type';

@Resolver()
export class ResidencyResolver {
  constructor(
    private readonly residency: ResidencyService,
    private readonly users: UserService,
    private readonly census: CensusImportService,
  ) {}

  @LimitedWrite()
  @Mutation(() => UserType, { description: 'Verifies the signed-in resident with a census identifier.' })
  async verifyResidency(
    @Args('input') input: VerifyResidencyInput,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<UserType> {
    await this.residency.verifyWithCensusCode(user.id, input.censusCode);
    return UserType.from(await this.users.getWithStatus(user.id));
  }

  @Roles(Role.STAFF)
  @Mutation(() => Boolean, { description: 'Staff: verify a resident seen in person, with the reason.' })
  async verifyResidentInPerson(
    @Args('input') input: VerifyResidentInPersonInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<boolean> {
    await this.residency.verifyInPerson({ ...input, staffId: staff.id });
    return true;
  }

  @Roles(Role.STAFF)
  @Mutation(() => CensusImportResultType, { description: 'Staff: import census identifiers; idempotent.' })
  importCensus(
    @Args('input') input: ImportCensusInput,
    @CurrentUser() staff: AuthenticatedUser,
  ): Promise<CensusImportResultType> {
    return this.census.import(input.csv.split(/\r?\n/), 'GRAPHQL', staff.id);
  }
}
