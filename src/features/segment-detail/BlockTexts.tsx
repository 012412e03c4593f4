import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Suspense } from 'react';
import { QueryTextView } from '@/builder/text/lazy';
import type { Block, FieldCatalog } from '@/domain/model';
import { useMessages } from '@/ui/i18n';
import { BlockList } from './BlockList';
import { detailMessages } from './messages';

/** Each block's conditions as text, read-only, with "Copy as text"; the printer loads on first use. */
export function BlockTexts({ blocks, catalog }: { blocks: Block[]; catalog: FieldCatalog }) {
  const t = useMessages(detailMessages);
  if (blocks.length === 0) return <Typography color="textSecondary">{t('conditions.none')}</Typography>;
  return (
    <Suspense
      fallback={
        <output aria-label={t('conditions.textLoading')} style={{ display: 'block' }}>
          <Skeleton variant="rounded" height={120} />
        </output>
      }
    >
      <BlockList
        blocks={blocks}
        render={(block, index, several) => (
          <QueryTextView root={block.root} catalog={catalog} {...(several ? { index: index + 1 } : {})} />
        )}
      />
    </Suspense>
  );
}
