import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ReactNode } from 'react';
import type { Block } from '@/domain/model';
import { useMessages } from '@/ui/i18n';
import { detailMessages } from './messages';

/** A segment's blocks, each under its own heading when there are several: as a tree or as text. */
export function BlockList({
  blocks,
  render,
}: {
  blocks: readonly Block[];
  render: (block: Block, index: number, several: boolean) => ReactNode;
}) {
  const t = useMessages(detailMessages);
  const several = blocks.length > 1;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      {several ? (
        <Typography variant="body2" color="textSecondary">
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
          {render(block, index, several)}
        </Box>
      ))}
    </Box>
  );
}
