import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Skeleton from '@mui/material/Skeleton';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { FieldCatalog, Segment } from '@/domain/model';
import { walk } from '@/domain/tree';
import { useMessages } from '@/ui/i18n';
import { BlockTexts } from './BlockTexts';
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
  const [view, setView] = useState<'visual' | 'text'>('visual');
  const toggle =
    segment.kind === 'static' ? undefined : (
      <ToggleButtonGroup
        size="small"
        exclusive
        value={view}
        aria-label={t('conditions.view')}
        onChange={(_event, next: 'visual' | 'text' | null) => {
          if (next) setView(next);
        }}
        sx={{ '& .MuiToggleButton-root': { py: 0.25, px: 1.5 } }}
      >
        <ToggleButton value="visual">{t('conditions.visual')}</ToggleButton>
        <ToggleButton value="text">{t('conditions.text')}</ToggleButton>
      </ToggleButtonGroup>
    );
  return (
    <Section title={t('conditions.title')} actions={toggle}>
      {segment.kind === 'static' ? (
        <Typography color="textSecondary">{t('conditions.static')}</Typography>
      ) : (
        <Box sx={{ display: 'grid', gap: 1.5 }}>
          {opaque > 0 ? <Alert severity="info">{t('conditions.opaque', { count: opaque })}</Alert> : null}
          {catalogError ? (
            <Alert severity="warning">{t('conditions.noCatalog', { reason: catalogError.message })}</Alert>
          ) : null}
          {catalog ? (
            view === 'text' ? (
              <BlockTexts blocks={segment.blocks} catalog={catalog} />
            ) : (
              <BlockTrees blocks={segment.blocks} catalog={catalog} />
            )
          ) : (
            <Skeleton variant="rounded" height={160} />
          )}
        </Box>
      )}
    </Section>
  );
}
