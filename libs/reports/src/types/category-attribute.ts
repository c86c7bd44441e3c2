import { Open311Datatype } from './open311-datatype.enum';

export interface AttributeValue {
  key: string;
  name: string;
}

/** An extra question asked for one category; stored as JSON on the category. */
export interface CategoryAttribute {
  code: string;
  datatype: Open311Datatype;
  required: boolean;
  order: number;
  description: string;
  /** Tells the client what to enter, e.g. "Depth in centimetres". */
  datatypeDescription: string | null;
  /** Allowed values of list datatypes. */
  values: AttributeValue[];
}

/** What a report stores per attribute code: lists as arrays, numbers as numbers. */
export type AttributeAnswers = Record<string, string | number | string[]>;
