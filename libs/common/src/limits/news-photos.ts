/**
 * Photos one piece of news on a tracked item may show: the API's limit
 * (AddTrackedItemUpdateInput) and the number of photo fields of the staff
 * news form, so the form offers every photo the API takes.
 */
export const MAX_NEWS_PHOTOS = 6;
