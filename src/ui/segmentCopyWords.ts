import { useMemo } from 'react';
import { defineMessages, useMessages } from './i18n';
import type { CopyWords } from './segmentCopy';

export const copyMessages = defineMessages({
  en: {
    'copy.first': '{name} (copy)',
    'copy.numbered': '{name} (copy {number})',
  },
  ru: {
    'copy.first': '{name} (копия)',
    'copy.numbered': '{name} (копия {number})',
  },
});

/** How copies are named in the reader's language, for copyName and saveCopy. */
export function useCopyWords(): CopyWords {
  const t = useMessages(copyMessages);
  return useMemo(
    () => ({
      first: (name) => t('copy.first', { name }),
      numbered: (name, number) => t('copy.numbered', { name, number: String(number) }),
    }),
    [t],
  );
}
