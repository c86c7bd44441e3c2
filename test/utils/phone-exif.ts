/** A phone photo's EXIF with its position: 43.6052 N, 1.4419 E (Toulouse, place du Capitole). */
export const PHONE_EXIF = {
  IFD0: { Make: 'PhoneMaker', Model: 'Phone 12' },
  IFD3: {
    GPSLatitudeRef: 'N',
    GPSLatitude: '43/1 36/1 1872/100',
    GPSLongitudeRef: 'E',
    GPSLongitude: '1/1 26/1 3084/100',
  },
};
