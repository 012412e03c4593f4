import Typography from '@mui/material/Typography';
import { ReadOnlyTree, type Outcome } from '@/builder/ReadOnlyTree';
import type { Block, FieldCatalog } from '@/domain/model';
import { useMessages } from '@/ui/i18n';
import { BlockList } from './BlockList';
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
  if (blocks.length === 0) return <Typography color="textSecondary">{t('conditions.none')}</Typography>;
  return (
    <BlockList
      blocks={blocks}
      render={(block, index) => (
        <ReadOnlyTree
          root={block.root}
          catalog={catalog}
          label={t(explain ? 'conditions.explainTree' : 'conditions.tree', { index: index + 1 })}
          {...(explain ? { explain } : {})}
        />
      )}
    />
  );
}
