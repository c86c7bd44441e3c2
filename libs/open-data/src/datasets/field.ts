import { FieldDefinition, FieldType } from './dataset-definition';

/** Compact field declaration: name, type, French and English description; `required` when never empty. */
export function field(name: string, type: FieldType, fr: string, en: string, required = false): FieldDefinition {
  return { name, type, description: { fr, en }, ...(required ? { required } : {}) };
}

export const idField = (fr: string, en: string): FieldDefinition => field('id', 'string', fr, en, true);
