import Box from '@mui/material/Box';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { memo, useId } from 'react';
import type { SegmentsProvider } from '@/api/provider';
import type { Segment, SegmentKind } from '@/domain/model';
import type { Problem } from '@/domain/problems';
import { useMessages } from '@/ui/i18n';
import type { EstimateState } from '../hooks/useEstimate';
import { editorMessages } from '../messages';
import { EstimateSection } from './EstimateSection';
import { ProblemsSection } from './ProblemsSection';
import { RequestPreviewSection } from './RequestPreviewSection';

interface OverviewPanelProps {
  estimate: EstimateState;
  estimable: boolean;
  kind: SegmentKind;
  summary: string | null;
  problems: readonly Problem[];
  onShowProblem: (problem: Problem) => void;
  provider: SegmentsProvider;
  /** The segment as Save would send it; the request preview asks the provider for its request. */
  segment: Segment;
}

/** The right-hand panel: size, the segment in plain words, its problems and the request it makes. */
export const OverviewPanel = memo(function OverviewPanel(props: OverviewPanelProps) {
  const t = useMessages(editorMessages);
  const summaryId = useId();
  return (
    <Box
      component="aside"
      aria-label={t('panel.label')}
      sx={{
        position: { lg: 'sticky' },
        // Below the app bar (56 px) and the editor's own sticky header.
        top: { lg: 136 },
        maxHeight: { lg: 'calc(100vh - 152px)' },
        overflowY: { lg: 'auto' },
        display: 'grid',
        // minmax(0, …): long preview lines scroll inside their box instead of widening the panel.
        gridTemplateColumns: 'minmax(0, 1fr)',
        gap: 2,
      }}
    >
      <Paper variant="outlined" sx={{ p: 2, display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 2 }}>
        <EstimateSection estimate={props.estimate} kind={props.kind} ready={props.estimable} />
        <Divider />
        <Box component="section" aria-labelledby={summaryId}>
          <Typography id={summaryId} variant="overline" component="h2" color="textSecondary" sx={{ lineHeight: 1.5 }}>
            {t('summary')}
          </Typography>
          <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
            {props.summary ?? '…'}
          </Typography>
        </Box>
        <Divider />
        <ProblemsSection problems={props.problems} onShow={props.onShowProblem} />
      </Paper>
      <RequestPreviewSection provider={props.provider} segment={props.segment} />
    </Box>
  );
});
