import { DatasetDefinition, DatasetSqlContext } from '../datasets/dataset-definition';
import { OPEN_DATASETS } from '../datasets/open-datasets';
import { csvCopySource } from '../writers/csv-copy.source';
import { geoJsonSource, jsonRowsSource } from '../writers/json-rows.source';
import { ExportTarget } from './export-target';

/** Every table dataset in each of its formats. */
export function tableExportTargets(context: DatasetSqlContext): ExportTarget[] {
  return OPEN_DATASETS.flatMap((dataset) => dataset.formats.map((format) => tableTarget(dataset, format, context)));
}

function tableTarget(dataset: DatasetDefinition, format: string, context: DatasetSqlContext): ExportTarget {
  const select = dataset.sql(context);
  return {
    dataset: dataset.name,
    format,
    fileName: `${dataset.name}.${format}`,
    open: async (client) => {
      if (format === 'csv') return csvCopySource(client, dataset, select);
      if (format === 'geojson') return geoJsonSource(client, dataset, select);
      return jsonRowsSource(client, dataset, select);
    },
  };
}
