import { useT } from '../http/page-context';
import { ListMap, type MapGroups } from '../map/map.component';
import type { MapView } from '../map/map-settings';

/**
 * The map of a list of issue reports, named and explained as reports: the
 * public list's and the staff triage's (`listId`: the list it numbers as).
 */
export function ReportListMap({ view, listId, groups }: { view: MapView; listId: string; groups?: MapGroups | null }) {
  const t = useT();
  return (
    <ListMap
      view={view}
      id="carte"
      listId={listId}
      label={t('map.list.label')}
      help={t('map.list.help')}
      groups={groups}
    />
  );
}
