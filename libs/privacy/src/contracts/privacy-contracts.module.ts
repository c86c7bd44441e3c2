import { Module } from '@nestjs/common';
import { AccountErasureRegistry } from './account-erasure.registry';
import { PersonalDataRegistry } from './personal-data.registry';
import { RetentionRegistry } from './retention.registry';

const REGISTRIES = [AccountErasureRegistry, PersonalDataRegistry, RetentionRegistry];

/**
 * The registries domains plug into: imported by each domain's core module
 * (which registers its participants) and by privacy (which runs them). The
 * process's app module decides which domains take part by importing them.
 */
@Module({ providers: REGISTRIES, exports: REGISTRIES })
export class PrivacyContractsModule {}
