/**
 * What domains register with privacy at boot (in their `onModuleInit`): privacy
 * runs every participant without importing a domain. One instance per process,
 * provided by `PrivacyContractsModule`.
 */
export abstract class ParticipantRegistry<T extends { readonly domain: string }> {
  private readonly participants: T[] = [];

  register(participant: T): void {
    this.participants.push(participant);
  }

  all(): readonly T[] {
    return this.participants;
  }
}
