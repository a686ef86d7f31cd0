import { createContext, useContext } from 'react';
import { MESSAGES, type Language, type MessageKey } from './i18n';

export interface LanguageChoice {
  language: Language;
  setLanguage(language: Language): void;
}

export const LanguageContext = createContext<LanguageChoice>({ language: 'vi', setLanguage: () => undefined });

/** The current language and a lookup of its messages. */
export function useMessages(): { language: Language; t: (key: MessageKey) => string } {
  const { language } = useContext(LanguageContext);
  return { language, t: (key) => MESSAGES[language][key] };
}
