import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Skeleton from '@mui/material/Skeleton';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import { memo, Suspense, useDeferredValue, useMemo, useState } from 'react';
import { useOptionalProvider } from '@/api/connections';
import type { SegmentsProvider } from '@/api/provider';
import { fieldValuesOptions } from '@/api/queries';
import {
  ConditionBuilder,
  QueryTextEditor,
  ValueSuggestionsContext,
  type BuilderCapabilities,
  type TextProblemReport,
  type ValueSuggestionSource,
} from '@/builder';
import type { FieldCatalog, Group } from '@/domain/model';
import type { Problem } from '@/domain/problems';
import { useMessages } from '@/ui/i18n';
import { editorMessages } from '../messages';
import type { SegmentFormValues } from '../segmentForm';

interface ConditionsCardProps {
  blocks: SegmentFormValues['blocks'];
  kind: SegmentFormValues['kind'];
  conditionsSupported: boolean;
  catalog: FieldCatalog | undefined;
  catalogError: Error | null;
  onRetryCatalog: () => unknown;
  capabilities: BuilderCapabilities;
  problems: Problem[];
  groupCounts: Record<string, number | undefined> | undefined;
  countsPending: boolean;
  blockIndex: number;
  onBlockIndex: (index: number) => void;
  onRootChange: (blockIndex: number, root: Group) => void;
  /** A server message about the conditions themselves (a 450 on `blocks.N.root`). */
  serverError: string | undefined;
  /** The text view's first error for a block (null once its text reads), so Save can name it. */
  onTextProblem?: (blockIndex: number, problem: TextProblemReport | null) => void;
}

type ConditionsView = 'visual' | 'text';

/** A database's values change slowly: asked once per field in a session of editing. */
const FIELD_VALUES_STALE_MS = 10 * 60_000;

/**
 * The builder's value suggestions: the known values of a field in the block's database, where the
 * backend can tell (capabilities.fieldValues); null elsewhere, and the builder suggests nothing.
 */
function suggestionSource(provider: SegmentsProvider | undefined, databaseId: number): ValueSuggestionSource | null {
  const fieldValues = provider?.fieldValues?.bind(provider);
  if (!provider?.capabilities.fieldValues || !fieldValues) return null;
  return {
    query: (field) => {
      const { queryKey } = fieldValuesOptions(provider, databaseId, field);
      return {
        queryKey,
        staleTime: FIELD_VALUES_STALE_MS,
        queryFn: ({ signal }) => fieldValues(databaseId, field, '', signal),
      };
    },
  };
}

/** The condition tree, or why there is none: a static segment, a backend without rules, fields loading. */
export const ConditionsCard = memo(function ConditionsCard(props: ConditionsCardProps) {
  const { blocks, kind, blockIndex } = props;
  // The tree mounts in a render of its own, after the form's first paint: with a catalog already
  // cached (app/firstPage.ts asks for it early), mounting a large tree in the form's first render
  // would hold back the paint of everything above it. Only the first mount waits; later catalogs
  // (another database) show at once.
  const treeMayMount = useDeferredValue(true, false);
  const catalog = treeMayMount ? props.catalog : undefined;
  const t = useMessages(editorMessages);
  const block = blocks[blockIndex] ?? blocks[0]!;
  // Visual or Text: the text view loads CodeMirror on first use (QueryTextEditor is lazy).
  const [view, setView] = useState<ConditionsView>('visual');
  const provider = useOptionalProvider()?.provider;
  const suggestions = useMemo(() => suggestionSource(provider, block.databaseId), [provider, block.databaseId]);
  const showsTree = props.conditionsSupported && kind !== 'static' && !props.catalogError && catalog !== undefined;

  let body;
  if (!props.conditionsSupported) body = <Alert severity="info">{t('conditions.unsupported')}</Alert>;
  else if (kind === 'static') body = <Alert severity="info">{t('conditions.static')}</Alert>;
  else if (props.catalogError) {
    body = (
      <Alert
        severity="error"
        action={
          <Button color="inherit" size="small" onClick={() => void props.onRetryCatalog()}>
            {t('retry')}
          </Button>
        }
      >
        {t('loadError.fields', { reason: props.catalogError.message })}
      </Alert>
    );
  } else if (!catalog) {
    body = (
      <output aria-label={t('conditions.loading')} style={{ display: 'block' }}>
        <Skeleton variant="rounded" height={44} sx={{ mb: 1 }} />
        <Skeleton variant="rounded" height={44} width="80%" />
      </output>
    );
  } else {
    body = (
      <>
        {blocks.length > 1 ? (
          <>
            <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
              {t('conditions.blocks')}
            </Typography>
            <Tabs
              value={blockIndex}
              onChange={(_event, index: number) => props.onBlockIndex(index)}
              variant="scrollable"
              sx={{ mb: 2, minHeight: 36, '& .MuiTab-root': { minHeight: 36 } }}
            >
              {blocks.map((_block, index) => (
                <Tab key={index} value={index} label={t('conditions.block', { index: index + 1 })} />
              ))}
            </Tabs>
          </>
        ) : null}
        {view === 'text' ? (
          <Suspense
            fallback={
              <output aria-label={t('conditions.textLoading')} style={{ display: 'block' }}>
                <Skeleton variant="rounded" height={120} />
              </output>
            }
          >
            <QueryTextEditor
              // One editor per block: its text, problems and cursor belong to that block's tree.
              key={blockIndex}
              root={block.root}
              onRootChange={(root) => props.onRootChange(blockIndex, root)}
              catalog={catalog}
              capabilities={props.capabilities}
              onProblem={(problem) => props.onTextProblem?.(blockIndex, problem)}
            />
          </Suspense>
        ) : (
          <ValueSuggestionsContext value={suggestions}>
            <ConditionBuilder
              root={block.root}
              onChange={(root) => props.onRootChange(blockIndex, root)}
              catalog={catalog}
              capabilities={props.capabilities}
              problems={props.problems}
              groupCounts={props.groupCounts}
              countsPending={props.countsPending}
            />
          </ValueSuggestionsContext>
        )}
      </>
    );
  }

  return (
    // Not a landmark of its own: the builder inside is already the "Conditions" region.
    <Card>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 1, mb: 1.5 }}>
          <Typography id="segment-conditions-title" variant="h2" sx={{ fontSize: '1rem' }}>
            {t('conditions.title')}
          </Typography>
          {showsTree ? (
            <ToggleButtonGroup
              size="small"
              exclusive
              value={view}
              aria-label={t('conditions.view')}
              onChange={(_event, next: ConditionsView | null) => {
                if (next) setView(next);
              }}
              sx={{ '& .MuiToggleButton-root': { py: 0.25, px: 1.5 } }}
            >
              <ToggleButton value="visual">{t('conditions.visual')}</ToggleButton>
              <ToggleButton value="text">{t('conditions.text')}</ToggleButton>
            </ToggleButtonGroup>
          ) : null}
        </Box>
        {props.serverError ? (
          <Alert severity="error" sx={{ mb: 1.5 }}>
            {t('conditions.serverError', { message: props.serverError })}
          </Alert>
        ) : null}
        {body}
      </CardContent>
    </Card>
  );
});
