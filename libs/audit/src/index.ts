export * from './audit.entities';
export * from './audit.module';
export * from './chain/audit-hash';
export * from './chain/canonical-json';
export * from './entities/audit-entry.entity';
export * from './services/audit-chain-verifier';
export * from './services/audit-entry-input';
export * from './services/audit-log.service';
