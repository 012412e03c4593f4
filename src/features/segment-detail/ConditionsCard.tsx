import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import Typography from '@mui/material/Typography';
import type { FieldCatalog, Segment } from '@/domain/model';
import { walk } from '@/domain/tree';
import { useMessages } from '@/ui/i18n';
import { BlockTrees } from './BlockTrees';
import { detailMessages } from './messages';
import { Section } from './Section';

export function countOpaque(segment: Segment): number {
  let count = 0;
  for (const block of segment.blocks) {
    walk(block.root, (node) => {
      if (node.type === 'opaque') count += 1;
    });
  }
  return count;
}

/** The read-only condition tree; parts the builder does not model are marked and explained. */
export function ConditionsCard({
  segment,
  catalog,
  catalogError,
}: {
  segment: Segment;
  catalog: FieldCatalog | undefined;
  catalogError: Error | null;
}) {
  const t = useMessages(detailMessages);
  const opaque = countOpaque(segment);
  return (
    <Section title={t('conditions.title')}>
      {segment.kind === 'static' ? (
        <Typography color="text.secondary">{t('conditions.static')}</Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 1.5 }}>
          {opaque > 0 ? <Alert severity="info">{t('conditions.opaque', { count: opaque })}</Alert> : null}
          {catalogError ? (
            <Alert severity="warning">{t('conditions.noCatalog', { reason: catalogError.message })}</Alert>
          ) : null}
          {catalog ? (
            <BlockTrees blocks={segment.blocks} catalog={catalog} />
          ) : (
            <Skeleton variant="rounded" height={160} />
          )}
        </Box>
      )}
    </Section>
  );
}
