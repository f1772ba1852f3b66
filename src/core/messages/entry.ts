/** One message: its Chinese and its English text. */
export interface Entry {
  zh: string;
  en: string;
}
