import Box from '@mui/material/Box';
import List from '@mui/material/List';
import ListItem from '@mui/material/ListItem';
import ListItemButton from '@mui/material/ListItemButton';
import Typography from '@mui/material/Typography';
import { memo, useId } from 'react';
import type { Problem } from '@/domain/problems';
import { useMessages } from '@/ui/i18n';
import { editorMessages } from '../messages';
import { CheckIcon, ErrorIcon, WarningIcon } from './icons';

interface ProblemsSectionProps {
  problems: readonly Problem[];
  onShow: (problem: Problem) => void;
}

/** Every problem in words, errors in red and warnings in amber; choosing one takes focus to its control. */
export const ProblemsSection = memo(function ProblemsSection({ problems, onShow }: ProblemsSectionProps) {
  const t = useMessages(editorMessages);
  const headingId = useId();
  return (
    <Box component="section" aria-labelledby={headingId}>
      <Typography id={headingId} variant="overline" component="h2" color="textSecondary" sx={{ lineHeight: 1.5 }}>
        {/* "2 problems", not "Problems · 2 problems": the count names the heading's noun itself. */}
        {problems.length > 0 ? t('problems.count', { count: problems.length }) : t('problems')}
      </Typography>
      {problems.length === 0 ? (
        <Typography variant="body2" color="success.main" sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <CheckIcon fontSize="small" aria-hidden />
          {t('problems.none')}
        </Typography>
      ) : (
        <List dense disablePadding aria-labelledby={headingId}>
          {problems.map((problem, index) => {
            const error = problem.severity === 'error';
            const Icon = error ? ErrorIcon : WarningIcon;
            return (
              <ListItem key={`${problem.nodeId ?? 'segment'}-${problem.code}-${index}`} disablePadding>
                <ListItemButton
                  onClick={() => onShow(problem)}
                  sx={{ alignItems: 'flex-start', gap: 1, px: 1, borderRadius: 1 }}
                >
                  <Icon fontSize="small" color={error ? 'error' : 'warning'} aria-hidden sx={{ mt: 0.25 }} />
                  <Typography variant="body2" component="span">
                    <Box component="span" sx={{ fontWeight: 600, color: error ? 'error.main' : 'warning.main' }}>
                      {t(error ? 'problems.error' : 'problems.warning')}:
                    </Box>{' '}
                    {problem.message}
                  </Typography>
                </ListItemButton>
              </ListItem>
            );
          })}
        </List>
      )}
    </Box>
  );
});
