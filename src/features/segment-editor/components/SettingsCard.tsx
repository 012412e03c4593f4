import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import InputAdornment from '@mui/material/InputAdornment';
import MenuItem from '@mui/material/MenuItem';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { memo, useCallback, useId } from 'react';
import type { Database } from '@/api/provider';
import type { Block, Capabilities, SampleRange, SegmentKind } from '@/domain/model';
import { useMessages } from '@/ui/i18n';
import { editorMessages } from '../messages';
import type { SegmentFormValues } from '../segmentForm';
import { LockIcon } from './icons';
import { NumberInput } from './NumberInput';
import { SampleField } from './SampleField';
import { ReadOnlyTags } from './ReadOnlyTags';
import { TagsField } from './TagsField';

export const FIELD_IDS = {
  name: 'segment-name',
  description: 'segment-description',
  tags: 'segment-tags',
  database: 'segment-database',
  kind: 'segment-kind',
  limit: 'segment-limit',
} as const;

/** Applies a patch to the latest values as an edit of the form path `name`. Stable across renders. */
export type Update = (name: string, patch: Partial<SegmentFormValues>) => void;
export type UpdateBlock = (index: number, name: string, patch: Partial<Block>) => void;

export interface SettingsErrors {
  name?: string | undefined;
  description?: string | undefined;
  tags?: string | undefined;
  kind?: string | undefined;
  database?: string | undefined;
  sample?: string | undefined;
  limit?: string | undefined;
}

interface SettingsCardProps {
  values: SegmentFormValues;
  update: Update;
  updateBlock: UpdateBlock;
  setDatabase: (databaseId: number) => void;
  capabilities: Capabilities;
  databases: Database[];
  databaseLocked: boolean;
  databaseSize: number | undefined;
  /**
   * Per group id, the profiles that match with no sample and no limit (`useUnsampledCounts`): the
   * sample's caption counts its share of the active block's. Without it, of the whole database.
   */
  unsampledCounts?: Record<string, number> | undefined;
  /** Which block the sample and the limit belong to. */
  blockIndex: number;
  errors: SettingsErrors;
}

const mainLandmark = () => document.querySelector('main') ?? document.body;

const span = (columns: number) => ({ gridColumn: { xs: '1 / -1', md: `span ${columns}` } });

/**
 * Name, type, database, sample and limit in one compact card. Each control is memoised on its own
 * value, so typing into one re-renders that control alone.
 */
export function SettingsCard(props: SettingsCardProps) {
  const { values, update, updateBlock, capabilities, blockIndex, errors } = props;
  const t = useMessages(editorMessages);
  const block = values.blocks[blockIndex] ?? values.blocks[0]!;
  const showBlockSettings = values.kind !== 'static' && capabilities.conditions;
  const setSample = useCallback(
    (sample: SampleRange) => updateBlock(blockIndex, `blocks.${blockIndex}.sample`, { sample }),
    [updateBlock, blockIndex],
  );
  const setLimit = useCallback(
    (limit: number) => updateBlock(blockIndex, `blocks.${blockIndex}.limit`, { limit }),
    [updateBlock, blockIndex],
  );
  const setTags = useCallback((tags: string[]) => update('tags', { tags }), [update]);

  return (
    <Card component="section" aria-labelledby="segment-settings-title">
      <CardContent
        sx={{ display: 'grid', gridTemplateColumns: 'repeat(12, minmax(0, 1fr))', gap: 2, '&:last-child': { pb: 2 } }}
      >
        <Typography id="segment-settings-title" variant="h2" sx={{ gridColumn: '1 / -1', fontSize: '1rem' }}>
          {t('settings.title')}
        </Typography>
        <Box sx={span(capabilities.databases ? 7 : 12)}>
          <NameField value={values.name} error={errors.name} update={update} />
        </Box>
        {capabilities.databases ? (
          <Box sx={span(5)}>
            <DatabaseField
              databaseId={values.databaseId}
              databases={props.databases}
              locked={props.databaseLocked}
              error={errors.database}
              onChange={props.setDatabase}
            />
          </Box>
        ) : null}
        <Box sx={span(capabilities.tags || values.tags.length > 0 ? 7 : 12)}>
          <DescriptionField
            value={values.description}
            error={errors.description}
            stored={capabilities.description}
            update={update}
          />
        </Box>
        {capabilities.tags ? (
          <Box sx={span(5)}>
            <TagsField id={FIELD_IDS.tags} value={values.tags} onChange={setTags} error={errors.tags} />
          </Box>
        ) : values.tags.length > 0 ? (
          // Tags the server reports, where it cannot store changes: shown, not offered for editing.
          <Box sx={span(5)}>
            <ReadOnlyTags tags={values.tags} error={errors.tags} />
          </Box>
        ) : null}
        <Box sx={span(12)}>
          <KindField
            kind={values.kind}
            refreshDaily={values.refreshDaily}
            kinds={capabilities.kinds}
            error={errors.kind}
            update={update}
          />
        </Box>
        {showBlockSettings && capabilities.sampling ? (
          <Box sx={span(capabilities.limit ? 8 : 12)}>
            <SampleField
              value={block.sample}
              databaseSize={props.databaseSize}
              hasConditions={block.root.children.length > 0}
              matching={props.unsampledCounts?.[block.root.id]}
              error={errors.sample}
              onChange={setSample}
            />
          </Box>
        ) : null}
        {showBlockSettings && capabilities.limit ? (
          <Box sx={{ ...span(capabilities.sampling ? 4 : 12), pt: { md: 4.5 } }}>
            <LimitField value={block.limit} error={errors.limit} onChange={setLimit} />
          </Box>
        ) : null}
      </CardContent>
    </Card>
  );
}

const NameField = memo(function NameField({
  value,
  error,
  update,
}: {
  value: string;
  error?: string | undefined;
  update: Update;
}) {
  const t = useMessages(editorMessages);
  return (
    <TextField
      id={FIELD_IDS.name}
      label={t('name')}
      value={value}
      placeholder={t('name.placeholder')}
      onChange={(event) => update('name', { name: event.target.value })}
      error={Boolean(error)}
      helperText={error}
      autoComplete="off"
      fullWidth
      slotProps={{ htmlInput: { 'aria-required': true, maxLength: 255 } }}
    />
  );
});

const DescriptionField = memo(function DescriptionField(props: {
  value: string;
  error?: string | undefined;
  stored: boolean;
  update: Update;
}) {
  const t = useMessages(editorMessages);
  return (
    <TextField
      id={FIELD_IDS.description}
      label={t('description')}
      value={props.value}
      onChange={(event) => props.update('description', { description: event.target.value })}
      multiline
      minRows={1}
      maxRows={4}
      fullWidth
      error={Boolean(props.error)}
      helperText={props.error ?? (props.stored ? undefined : t('description.notStored'))}
    />
  );
});

const DatabaseField = memo(function DatabaseField(props: {
  databaseId: number;
  databases: Database[];
  locked: boolean;
  error?: string | undefined;
  onChange: (databaseId: number) => void;
}) {
  const { databaseId, databases, locked, error } = props;
  const t = useMessages(editorMessages);
  const known = databases.some((database) => database.id === databaseId);
  return (
    <TextField
      id={FIELD_IDS.database}
      select
      fullWidth
      label={t('database')}
      value={databaseId > 0 ? databaseId : ''}
      disabled={locked}
      onChange={(event) => props.onChange(Number(event.target.value))}
      error={Boolean(error)}
      helperText={error ?? (locked ? t('database.locked') : t('database.help'))}
      slotProps={{
        // The menu opens inside the page's main landmark (axe "region") rather than loose on <body>.
        select: { MenuProps: { container: mainLandmark } },
        input: locked
          ? {
              startAdornment: (
                <InputAdornment position="start">
                  <LockIcon fontSize="small" aria-hidden />
                </InputAdornment>
              ),
            }
          : {},
      }}
    >
      {databases.map((database) => (
        <MenuItem key={database.id} value={database.id}>
          {database.name}
        </MenuItem>
      ))}
      {known || databaseId <= 0 ? null : (
        <MenuItem value={databaseId}>{t('database.unknown', { id: String(databaseId) })}</MenuItem>
      )}
    </TextField>
  );
});

const KindField = memo(function KindField(props: {
  kind: SegmentKind;
  refreshDaily: boolean;
  kinds: SegmentKind[];
  error?: string | undefined;
  update: Update;
}) {
  const { kind, refreshDaily, update, error } = props;
  const t = useMessages(editorMessages);
  const labelId = useId();
  const helpId = useId();
  // A kind the backend lacks stays visible when a segment already has it, rather than vanish.
  const kinds = props.kinds.includes(kind) ? props.kinds : [...props.kinds, kind];
  return (
    <>
      <FormLabel id={labelId} sx={{ fontWeight: 600, fontSize: '0.875rem', color: 'text.primary' }}>
        {t('kind')}
      </FormLabel>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', columnGap: 3 }}>
        <RadioGroup
          id={FIELD_IDS.kind}
          row
          aria-labelledby={labelId}
          aria-describedby={helpId}
          value={kind}
          onChange={(event) => update('kind', { kind: event.target.value as SegmentKind })}
        >
          {kinds.map((option) => (
            <FormControlLabel
              key={option}
              value={option}
              control={<Radio size="small" />}
              label={t(`kind.${option}`)}
            />
          ))}
        </RadioGroup>
        {kind === 'updatable' ? (
          <FormControlLabel
            control={
              <Switch
                checked={refreshDaily}
                onChange={(event) => update('refreshDaily', { refreshDaily: event.target.checked })}
              />
            }
            label={t('refreshDaily')}
          />
        ) : null}
      </Box>
      <FormHelperText id={helpId} error={Boolean(error)} sx={{ mt: 0 }}>
        {error ?? t(`kind.${kind}.help`)}
        {kind === 'updatable' && !error ? ` ${t('refreshDaily.help')}` : ''}
      </FormHelperText>
    </>
  );
});

const LimitField = memo(function LimitField(props: {
  value: number;
  error?: string | undefined;
  onChange: (limit: number) => void;
}) {
  const t = useMessages(editorMessages);
  const { value, error } = props;
  return (
    <NumberInput
      id={FIELD_IDS.limit}
      label={t('limit')}
      value={value}
      emptyValue={0}
      min={0}
      error={Boolean(error)}
      helperText={error ?? (value > 0 ? t('limit.active', { limit: value }) : t('limit.help'))}
      width="100%"
      onChange={props.onChange}
    />
  );
});
