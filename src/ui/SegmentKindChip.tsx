import Chip, { type ChipProps } from '@mui/material/Chip';
import type { SegmentKind } from '@/domain/model';
import { defineMessages, useMessages } from './i18n';

const kindMessages = defineMessages({
  en: {
    static: 'Static',
    dynamic: 'Dynamic',
    updatable: 'Updatable',
    updatableDaily: 'Updatable · daily',
  },
  ru: {
    static: 'Статический',
    dynamic: 'Динамический',
    updatable: 'Обновляемый',
    updatableDaily: 'Обновляемый · ежедневно',
  },
});

/** Each kind keeps one colour everywhere, and the label always says the kind in words. */
export const KIND_COLOR: Record<SegmentKind, 'default' | 'primary' | 'secondary'> = {
  static: 'default',
  dynamic: 'primary',
  updatable: 'secondary',
};

export function SegmentKindChip({
  kind,
  refreshDaily = false,
  size = 'small',
}: {
  kind: SegmentKind;
  refreshDaily?: boolean;
  size?: ChipProps['size'];
}) {
  const t = useMessages(kindMessages);
  const label = kind === 'updatable' && refreshDaily ? t('updatableDaily') : t(kind);
  return <Chip size={size} variant="outlined" color={KIND_COLOR[kind]} label={label} sx={{ fontWeight: 600 }} />;
}

/** The kind's name in words, for places a chip does not fit (menus, filters). */
export function useSegmentKindLabel(): (kind: SegmentKind) => string {
  return useMessages(kindMessages);
}
