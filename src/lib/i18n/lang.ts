/** The interface languages; the dataset's bilingual text has one field for each. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];
