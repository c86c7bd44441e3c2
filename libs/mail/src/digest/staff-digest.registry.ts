import { Injectable } from '@nestjs/common';

/** What the staff digest tells; each domain fills its part (absent: that domain is not in this process). */
export interface StaffDigestFigures {
  /** Reported proposals and comments awaiting a staff decision. */
  moderationQueue?: number;
  /** Issue reports received since the last digest, per department in charge (null: not assigned yet). */
  newReportsByDepartment?: { department: string | null; count: number }[];
}

/** A domain's part of the daily staff digest, registered at boot (in its `onModuleInit`). */
export interface StaffDigestContributor {
  readonly domain: string;
  /** The figures as they stand now; `since`: the start of the period the digest covers. */
  collect(since: Date): Promise<StaffDigestFigures>;
}

/**
 * Where domains plug their figures into the staff digest, so that this
 * library imports none: reports (new reports per department), proposals
 * (the moderation queue).
 */
@Injectable()
export class StaffDigestRegistry {
  private readonly contributors: StaffDigestContributor[] = [];

  register(contributor: StaffDigestContributor): void {
    this.contributors.push(contributor);
  }

  all(): readonly StaffDigestContributor[] {
    return this.contributors;
  }
}
