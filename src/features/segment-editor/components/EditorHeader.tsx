import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import CircularProgress from '@mui/material/CircularProgress';
import IconButton from '@mui/material/IconButton';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';
import type { Segment } from '@/domain/model';
import { MoreIcon } from '@/ui/icons';
import { useLocale, useMessages, type Translate } from '@/ui/i18n';
import { appTip } from '@/ui/TipLayer';
import { importErrorText } from '../importErrorText';
import { editorMessages, type EditorMessageKey } from '../messages';
import { exportSegment, importSizeError, parseSegmentFile, type ImportError, type ImportNote } from '../segmentFile';
import { DownloadIcon, RedoIcon, SaveIcon, UndoIcon, UploadIcon } from './icons';

interface EditorHeaderProps {
  title: string;
  /** The backend's group levels: imports nested deeper are refused. */
  maxDepth: number;
  dirty: boolean;
  saving: boolean;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  onSave: () => void;
  /** The segment as it would be saved, for "Export as JSON". */
  exportable: Segment;
  /** Applies an imported segment and says what had to be adjusted. */
  onImport: (segment: Segment) => ImportNote[];
}

type ImportOutcome = { ok: true; name: string; notes: ImportNote[] } | { ok: false; errors: ImportError[] };

function noteText(note: ImportNote, t: Translate<EditorMessageKey>): string {
  switch (note.kind) {
    case 'database-kept':
      return t('import.databaseKept');
    case 'database-unknown':
      return t('import.databaseUnknown', { id: String(note.databaseId) });
    case 'kind-unsupported':
      return t('import.kindUnsupported', { requested: t(`kind.${note.requested}`), used: t(`kind.${note.used}`) });
  }
}

function download(fileName: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The page's title and its actions; it stays in view while the condition tree scrolls. */
export function EditorHeader(props: EditorHeaderProps) {
  const t = useMessages(editorMessages);
  const locale = useLocale();
  const [menuAnchor, setMenuAnchor] = useState<HTMLElement | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const menuId = useId();
  const fileInputId = useId();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const sizeError = importSizeError(file.size);
    if (sizeError) return setOutcome({ ok: false, errors: [sizeError] });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      // An unreadable file (moved, no permission) is a message, never an unhandled rejection.
      const detail = error instanceof Error ? error.message : String(error);
      return setOutcome({ ok: false, errors: [{ code: 'unreadable', detail }] });
    }
    const result = parseSegmentFile(text, { maxDepth: props.maxDepth });
    if (!result.ok) setOutcome({ ok: false, errors: result.errors });
    else setOutcome({ ok: true, name: result.segment.name, notes: props.onImport(result.segment) });
  };

  return (
    <>
      <Box
        sx={{
          position: 'sticky',
          top: 56,
          zIndex: (theme) => theme.zIndex.appBar - 1,
          bgcolor: 'background.default',
          mx: { xs: -2, md: -4 },
          px: { xs: 2, md: 4 },
          mt: -3,
          pt: 2,
          pb: 1.5,
          mb: 2,
          display: 'flex',
          alignItems: 'center',
          gap: 1,
          flexWrap: 'wrap',
          borderBottom: 1,
          borderColor: 'divider',
        }}
      >
        <Box
          // A line of its own on a phone, so the name is not squeezed to a few letters by the actions;
          // the unsaved-changes chip goes under the name rather than squeezing it.
          sx={{
            flex: { xs: '1 1 100%', sm: '1 1 240px' },
            minWidth: 0,
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            gap: 1.5,
            rowGap: 0.5,
          }}
        >
          <Typography variant="h1" noWrap dir="auto" title={props.title} sx={{ minWidth: 0 }}>
            {props.title}
          </Typography>
          {props.dirty ? <Chip size="small" color="warning" variant="outlined" label={t('unsaved')} /> : null}
        </Box>
        {[
          {
            key: 'undo',
            label: t('undo'),
            tip: t('undo.tip'),
            shortcuts: 'Control+Z Meta+Z',
            enabled: props.canUndo,
            run: props.onUndo,
            Icon: UndoIcon,
          },
          {
            key: 'redo',
            label: t('redo'),
            tip: t('redo.tip'),
            shortcuts: 'Control+Shift+Z Meta+Shift+Z Control+Y',
            enabled: props.canRedo,
            run: props.onRedo,
            Icon: RedoIcon,
          },
        ].map(({ key, label, tip, shortcuts, enabled, run, Icon }) => (
          // The span holds the tip: a disabled button gets no pointer events.
          <span key={key} {...appTip(tip)}>
            <IconButton aria-label={label} aria-keyshortcuts={shortcuts} disabled={!enabled} onClick={run}>
              <Icon />
            </IconButton>
          </span>
        ))}
        <IconButton
          aria-label={t('moreActions')}
          aria-haspopup="menu"
          aria-controls={menuAnchor ? menuId : undefined}
          aria-expanded={menuAnchor ? true : undefined}
          onClick={(event) => setMenuAnchor(event.currentTarget)}
        >
          <MoreIcon />
        </IconButton>
        <Menu id={menuId} anchorEl={menuAnchor} open={menuAnchor !== null} onClose={() => setMenuAnchor(null)}>
          <MenuItem
            onClick={() => {
              setMenuAnchor(null);
              const file = exportSegment(props.exportable);
              download(file.fileName, file.text);
            }}
          >
            <ListItemIcon>
              <DownloadIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t('exportJson')}</ListItemText>
          </MenuItem>
          <MenuItem
            onClick={() => {
              setMenuAnchor(null);
              fileInput.current?.click();
            }}
          >
            <ListItemIcon>
              <UploadIcon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t('importJson')}</ListItemText>
          </MenuItem>
        </Menu>
        <input
          ref={fileInput}
          id={fileInputId}
          type="file"
          accept="application/json,.json"
          aria-label={t('importFile')}
          hidden
          onChange={(event) => {
            const input = event.currentTarget;
            void onFile(input.files?.[0]).finally(() => {
              // The same file can be chosen again after fixing it.
              input.value = '';
            });
          }}
        />
        <Button
          variant="contained"
          onClick={props.onSave}
          disabled={props.saving}
          startIcon={props.saving ? <CircularProgress size={16} color="inherit" aria-hidden /> : <SaveIcon />}
          aria-busy={props.saving || undefined}
        >
          {t('save')}
        </Button>
      </Box>
      {outcome ? (
        <Alert
          severity={outcome.ok ? (outcome.notes.length > 0 ? 'warning' : 'success') : 'error'}
          onClose={() => setOutcome(null)}
          sx={{ mb: 2 }}
        >
          {outcome.ok ? (
            <>
              {t('import.done', { name: outcome.name })}
              {outcome.notes.map((note) => (
                <Box key={note.kind}>{noteText(note, t)}</Box>
              ))}
            </>
          ) : (
            <>
              {t('import.failed')}
              <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                {outcome.errors.map((error, index) => (
                  // The list is rebuilt whole on every import, so positions are stable keys.
                  <li key={index}>{importErrorText(error, t, locale)}</li>
                ))}
              </Box>
            </>
          )}
        </Alert>
      ) : null}
    </>
  );
}
