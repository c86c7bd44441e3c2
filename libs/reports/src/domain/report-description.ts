/**
 * How long a report's description may be once trimmed, in UTF-16 units as class-validator counts them: a few
 * letters at least (one or two say nothing a crew can act on), at most what its column holds. The GraphQL input
 * and the Open311 `POST requests` both read it here, so a report refused by one is refused by the other.
 */
export const REPORT_DESCRIPTION_LENGTH = { min: 3, max: 4000 } as const;
