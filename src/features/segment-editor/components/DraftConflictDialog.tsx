import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useMemo, useState } from 'react';
import { useMessages } from '@/ui/i18n';
import { editorMessages } from '../messages';

interface DraftConflictDialogProps {
  open: boolean;
  /**
   * Each version in plain words; null while the field catalog loads. Asked only while the two are
   * compared, and again only when it changes (a stable callback): describing two whole segments on
   * every render of the editor, the dialog closed or not, would cost each keystroke.
   */
  describeVersions: () => { mine: string; theirs: string } | null;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/**
 * The draft was made from an older server copy: saving it as it is would silently undo the newer
 * changes, so the marketer chooses, and can compare the two in plain words first.
 */
export function DraftConflictDialog(props: DraftConflictDialogProps) {
  const t = useMessages(editorMessages);
  const titleId = useId();
  const bodyId = useId();
  const [comparing, setComparing] = useState(false);
  const { describeVersions } = props;
  const versions = useMemo(() => (comparing ? describeVersions() : null), [comparing, describeVersions]);
  return (
    <Dialog open={props.open} aria-labelledby={titleId} aria-describedby={bodyId} maxWidth={comparing ? 'md' : 'sm'}>
      <DialogTitle id={titleId}>{t('conflict.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id={bodyId}>{t('conflict.body')}</DialogContentText>
        {comparing ? (
          <Box
            component="fieldset"
            sx={{ display: 'grid', gap: 2, mt: 2, p: 0, border: 0, gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' } }}
            aria-label={t('conflict.compare')}
          >
            {[
              { key: 'mine', heading: t('conflict.mine'), text: versions?.mine },
              { key: 'theirs', heading: t('conflict.theirs'), text: versions?.theirs },
            ].map((side) => (
              <Box key={side.key} component="section" aria-label={side.heading} sx={{ minWidth: 0 }}>
                <Typography variant="subtitle2" component="h3">
                  {side.heading}
                </Typography>
                <Typography variant="body2" sx={{ overflowWrap: 'anywhere' }}>
                  {side.text ?? t('conflict.loading')}
                </Typography>
              </Box>
            ))}
          </Box>
        ) : null}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        {comparing ? null : <Button onClick={() => setComparing(true)}>{t('conflict.compare')}</Button>}
        <Button onClick={props.onTakeTheirs}>{t('conflict.takeTheirs')}</Button>
        <Button onClick={props.onKeepMine} variant="contained" autoFocus>
          {t('conflict.keepMine')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
