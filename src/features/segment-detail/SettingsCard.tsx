import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { Block, Capabilities, Segment } from '@/domain/model';
import { isFullSample } from '@/domain/sample';
import { useLocale, useMessages, type Translate } from '@/ui/i18n';
import { useSegmentKindLabel } from '@/ui/SegmentKindChip';
import { detailMessages, type DetailMessageKey } from './messages';
import { Section } from './Section';

function sampleText(block: Block, t: Translate<DetailMessageKey>): string {
  return isFullSample(block.sample)
    ? t('settings.sample.all')
    : t('settings.sample.range', { from: block.sample.from, to: block.sample.to });
}

function limitText(block: Block, t: Translate<DetailMessageKey>): string {
  return block.limit > 0 ? t('settings.limit.value', { count: block.limit }) : t('settings.limit.none');
}

/** One line per block when there are several, so each block's sample and limit stay apart. */
function perBlock(blocks: Block[], text: (block: Block) => string, t: Translate<DetailMessageKey>): string[] {
  if (blocks.length === 1) return [text(blocks[0]!)];
  return blocks.map((block, index) => t('settings.blockLabel', { index: index + 1, value: text(block) }));
}

/**
 * The segment's settings as a definition list: type, database, sample and limit, each where the
 * backend has it (a type only where there is a choice of kinds), then its ID and last update.
 */
export function SettingsCard({
  segment,
  capabilities,
  databaseName,
}: {
  segment: Segment;
  capabilities: Capabilities;
  databaseName: string | undefined;
}) {
  const t = useMessages(detailMessages);
  const locale = useLocale();
  const kindLabel = useSegmentKindLabel();
  const rows: Array<[string, string[]]> = [];
  if (capabilities.kinds.length > 1) rows.push([t('settings.type'), [kindLabel(segment.kind)]]);
  if (capabilities.databases) rows.push([t('settings.database'), [databaseName ?? String(segment.databaseId)]]);
  if (segment.kind === 'updatable') {
    rows.push([t('settings.refresh'), [t(segment.refreshDaily ? 'settings.refresh.yes' : 'settings.refresh.no')]]);
  }
  if (segment.kind !== 'static' && segment.blocks.length > 0) {
    if (capabilities.sampling) {
      rows.push([t('settings.sample'), perBlock(segment.blocks, (block) => sampleText(block, t), t)]);
    }
    if (capabilities.limit) {
      rows.push([t('settings.limit'), perBlock(segment.blocks, (block) => limitText(block, t), t)]);
    }
  }
  if (segment.id !== undefined) rows.push([t('settings.id'), [String(segment.id)]]);
  if (segment.updatedAt) {
    const time = Date.parse(segment.updatedAt);
    if (!Number.isNaN(time)) {
      const text = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(time);
      rows.push([t('settings.updated'), [text]]);
    }
  }
  return (
    <Section title={t('settings.title')}>
      <Box
        component="dl"
        sx={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', columnGap: 3, rowGap: 1, m: 0 }}
      >
        {rows.map(([term, values]) => (
          <Box key={term} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="textSecondary">
              {term}
            </Typography>
            <Box component="dd" sx={{ m: 0 }}>
              {values.map((value) => (
                <Typography key={value} variant="body2">
                  {value}
                </Typography>
              ))}
            </Box>
          </Box>
        ))}
      </Box>
    </Section>
  );
}
