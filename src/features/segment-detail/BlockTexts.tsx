import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import { Suspense } from 'react';
import { QueryTextView } from '@/builder/text/lazy';
import type { Block, FieldCatalog } from '@/domain/model';
import { useMessages } from '@/ui/i18n';
import { detailMessages } from './messages';

/** Each block's conditions as text, read-only, with "Copy as text"; the printer loads on first use. */
export function BlockTexts({ blocks, catalog }: { blocks: Block[]; catalog: FieldCatalog }) {
  const t = useMessages(detailMessages);
  if (blocks.length === 0) return <Typography color="text.secondary">{t('conditions.none')}</Typography>;
  const several = blocks.length > 1;
  return (
    <Suspense
      fallback={
        <output aria-label={t('conditions.textLoading')} style={{ display: 'block' }}>
          <Skeleton variant="rounded" height={120} />
        </output>
      }
    >
      <Box sx={{ display: 'grid', gap: 2 }}>
        {several ? (
          <Typography variant="body2" color="text.secondary">
            {t('conditions.blocksNote')}
          </Typography>
        ) : null}
        {blocks.map((block, index) => (
          <Box key={block.root.id}>
            {several ? (
              <Typography variant="h3" sx={{ fontSize: '0.95rem', mb: 1 }}>
                {t('conditions.block', { index: index + 1 })}
              </Typography>
            ) : null}
            <QueryTextView root={block.root} catalog={catalog} {...(several ? { index: index + 1 } : {})} />
          </Box>
        ))}
      </Box>
    </Suspense>
  );
}
