import { registerEnumType } from '@nestjs/graphql';

/** The attribute datatypes of Open311 GeoReport v2 (service definitions), spelled as the spec does. */
export enum Open311Datatype {
  string = 'string',
  number = 'number',
  datetime = 'datetime',
  text = 'text',
  singlevaluelist = 'singlevaluelist',
  multivaluelist = 'multivaluelist',
}

registerEnumType(Open311Datatype, { name: 'Open311Datatype' });
