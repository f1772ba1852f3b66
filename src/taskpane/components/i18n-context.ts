import { createContext, useContext } from 'react';
import type { Lang } from '../../core/types';
import { translator, type Translate } from '../i18n';

export interface PaneLocale {
  lang: Lang;
  t: Translate;
}

export const LocaleContext = createContext<PaneLocale>({ lang: 'zh', t: translator('zh') });

export function useLocale(): PaneLocale {
  return useContext(LocaleContext);
}
