import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { ReadOnlyTree, type Outcome } from '@/builder/ReadOnlyTree';
import type { Block, FieldCatalog } from '@/domain/model';
import { useMessages } from '@/ui/i18n';
import { detailMessages } from './messages';

/** Each block's tree with the builder's visuals; with `explain`, each part says whether it matched. */
export function BlockTrees({
  blocks,
  catalog,
  explain,
}: {
  blocks: Block[];
  catalog: FieldCatalog;
  explain?: Record<string, Outcome>;
}) {
  const t = useMessages(detailMessages);
  if (blocks.length === 0) return <Typography color="text.secondary">{t('conditions.none')}</Typography>;
  const several = blocks.length > 1;
  return (
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
          <ReadOnlyTree
            root={block.root}
            catalog={catalog}
            label={t(explain ? 'conditions.explainTree' : 'conditions.tree', { index: index + 1 })}
            {...(explain ? { explain } : {})}
          />
        </Box>
      ))}
    </Box>
  );
}
