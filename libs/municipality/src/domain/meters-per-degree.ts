/**
 * Metres in a degree of latitude (and of longitude at the equator), on the
 * sphere of the mean Earth radius (6,371,008.8 m): the scale the map's boxes
 * and the reports' grid convert metres with.
 */
export const METERS_PER_DEGREE = 111_195;
