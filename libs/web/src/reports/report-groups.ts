import type { IssueReportGroupsQuery } from '../graphql/generated/graphql';

/** The reports of one cell of the map's grid (`issueReportGroups`). */
export type ReportGroup = IssueReportGroupsQuery['issueReportGroups'][number];

/** Metres in a degree of latitude. */
const METERS_PER_DEGREE = 111_195;

/** A point and a radius, as the list's filters carry them. */
export interface Circle {
  latitude: number;
  longitude: number;
  radiusMeters: number;
}

/**
 * The circle a group's link narrows the list to: centred on the box of the group's reports, with the
 * smallest of `radii` that holds the whole box, yet smaller than the list's own circle when it has one (a
 * group may then leave a few of its reports at the edge out: the list says around what it is).
 */
export function narrowerCircle(group: ReportGroup, radii: readonly number[], current: number | null): Circle {
  const latitude = (group.south + group.north) / 2;
  const longitude = (group.west + group.east) / 2;
  const halfHeight = ((group.north - group.south) / 2) * METERS_PER_DEGREE;
  const halfWidth = ((group.east - group.west) / 2) * METERS_PER_DEGREE * Math.cos((latitude * Math.PI) / 180);
  const reach = Math.hypot(halfHeight, halfWidth);
  const smaller = radii.filter((r) => current === null || r < current);
  const offered = smaller.length > 0 ? smaller : [Math.min(...radii)];
  const radiusMeters = offered.find((r) => r >= reach) ?? Math.max(...offered);
  const round = (degrees: number): number => Math.round(degrees * 1e6) / 1e6;
  return { latitude: round(latitude), longitude: round(longitude), radiusMeters };
}
