/** A text in French (the platform's first language) and English, for READMEs and catalogues. */
export interface Bilingual {
  fr: string;
  en: string;
}
