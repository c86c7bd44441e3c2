import { METERS_PER_DEGREE } from '@quorum/municipality';
import type { IssueReportGroupsQuery } from '../graphql/generated/graphql';

/** The reports of one cell of the map's grid (`issueReportGroups`). */
export type ReportGroup = IssueReportGroupsQuery['issueReportGroups'][number];

/**
 * The radius a group's link narrows the list to, around the group's mean point: the smallest of `radii`
 * that reaches every corner of the box of its reports, yet smaller than the list's own circle when it has
 * one (a group may then leave a few of its reports at the edge out: the list says around what it is).
 */
export function narrowerRadius(group: ReportGroup, radii: readonly number[], current: number | null): number {
  const cos = Math.cos((group.latitude * Math.PI) / 180);
  const north = Math.max(group.north - group.latitude, group.latitude - group.south) * METERS_PER_DEGREE;
  const east = Math.max(group.east - group.longitude, group.longitude - group.west) * METERS_PER_DEGREE * cos;
  const reach = Math.hypot(north, east);
  const smaller = radii.filter((r) => current === null || r < current);
  const offered = smaller.length > 0 ? smaller : [Math.min(...radii)];
  return offered.find((r) => r >= reach) ?? Math.max(...offered);
}
