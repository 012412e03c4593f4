import { useMessages, type Translate } from '@/ui/i18n';
import { builderMessages, type BuilderMessageKey } from './messages';

/** The builder's strings in the current locale; usable inside and outside <ConditionBuilder>. */
export function useBuilderText(): Translate<BuilderMessageKey> {
  return useMessages(builderMessages);
}
