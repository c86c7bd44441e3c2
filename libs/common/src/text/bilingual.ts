/** A text (or any value that depends on the language) in French, the platform's first language, and English. */
export interface Bilingual<T = string> {
  fr: T;
  en: T;
}
