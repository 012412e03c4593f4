import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Link from '@mui/material/Link';
import Typography from '@mui/material/Typography';
import { useEffect, useRef } from 'react';
import { Link as RouterLink } from 'react-router';
import type { Capabilities, Segment } from '@/domain/model';
import { useMessages } from '@/ui/i18n';
import { CopyIcon, DeleteIcon, EditIcon } from '@/ui/icons';
import { SegmentKindChip } from '@/ui/SegmentKindChip';
import { BackIcon, DatabaseIcon } from './detailIcons';
import { detailMessages } from './messages';

/**
 * The segment's name and actions (Edit and Clone where segments are edited here, Delete always),
 * then what tells it apart: its kind where there is a choice, its database where there are any,
 * its tags and its description.
 */
export function DetailHeader({
  segment,
  capabilities,
  databaseName,
  cloning,
  focusOnArrival = false,
  onClone,
  onDelete,
}: {
  segment: Segment & { id: number | string };
  capabilities: Capabilities;
  databaseName: string | undefined;
  cloning: boolean;
  /**
   * Arrived from a save or a clone: the heading takes focus, so a keyboard or screen-reader user
   * continues from the segment they just saved instead of from the top of the page.
   */
  focusOnArrival?: boolean;
  onClone: () => void;
  onDelete: () => void;
}) {
  const t = useMessages(detailMessages);
  const heading = useRef<HTMLHeadingElement>(null);
  // Only on arrival: later renders of the same page leave focus where the marketer put it.
  const arrived = useRef(focusOnArrival);
  useEffect(() => {
    if (arrived.current) heading.current?.focus();
  }, []);
  return (
    <Box component="header" sx={{ mb: 3 }}>
      <Link
        component={RouterLink}
        to="/segments"
        underline="hover"
        variant="body2"
        sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, mb: 1 }}
      >
        <BackIcon fontSize="small" />
        {t('back')}
      </Link>
      <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 2, flexWrap: 'wrap' }}>
        <Typography
          ref={heading}
          variant="h1"
          dir="auto"
          tabIndex={-1}
          sx={{ flex: 1, minWidth: 240, overflowWrap: 'anywhere', outline: 'none' }}
        >
          {segment.name}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
          {capabilities.editing ? (
            <>
              <Button
                variant="contained"
                component={RouterLink}
                to={`/segments/${encodeURIComponent(String(segment.id))}/edit`}
                startIcon={<EditIcon />}
              >
                {t('actions.edit')}
              </Button>
              <Button variant="outlined" startIcon={<CopyIcon />} onClick={onClone} disabled={cloning}>
                {t('actions.clone')}
              </Button>
            </>
          ) : null}
          <Button variant="outlined" color="error" startIcon={<DeleteIcon />} onClick={onDelete}>
            {t('actions.delete')}
          </Button>
        </Box>
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', mt: 1.5 }}>
        {capabilities.kinds.length > 1 ? (
          <SegmentKindChip kind={segment.kind} refreshDaily={segment.refreshDaily} />
        ) : null}
        {capabilities.databases ? (
          <Chip
            size="small"
            variant="outlined"
            icon={<DatabaseIcon />}
            label={t('header.database', { name: databaseName ?? String(segment.databaseId) })}
          />
        ) : null}
        {segment.tags.length > 0 ? (
          <Box component="ul" aria-label={t('header.tags')} sx={{ display: 'contents', listStyle: 'none', p: 0, m: 0 }}>
            {segment.tags.map((tag) => (
              <Box component="li" key={tag} sx={{ display: 'inline-flex' }}>
                <Chip size="small" label={tag} />
              </Box>
            ))}
          </Box>
        ) : null}
        {segment.description ? (
          <Typography variant="body2" color="textSecondary" sx={{ flexBasis: '100%', mt: 0.5 }}>
            {segment.description}
          </Typography>
        ) : null}
      </Box>
    </Box>
  );
}
