import Box from '@mui/material/Box';
import ButtonBase from '@mui/material/ButtonBase';
import List from '@mui/material/List';
import Typography from '@mui/material/Typography';
import type { Theme } from '@mui/material/styles';
import { memo, useId } from 'react';
import type { Problem } from '@/domain/problems';
import { useMessages } from '@/ui/i18n';
import { editorMessages } from '../messages';
import { CheckIcon, ErrorIcon, WarningIcon } from './icons';

/**
 * A row of the list as a plain ButtonBase, styled as MUI's dense ListItemButton: ListItem and
 * ListItemButton were 2 KiB of the editor's first load used nowhere else on it.
 */
const PROBLEM_BUTTON = {
  width: '100%',
  justifyContent: 'flex-start',
  alignItems: 'flex-start',
  textAlign: 'start',
  gap: 1,
  px: 1,
  py: 0.5,
  borderRadius: 1,
  transition: (theme: Theme) =>
    theme.transitions.create('background-color', { duration: theme.transitions.duration.shortest }),
  '&:hover': { bgcolor: 'action.hover' },
  '&.Mui-focusVisible': { bgcolor: 'action.focus' },
} as const;

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
              <Box component="li" key={`${problem.nodeId ?? 'segment'}-${problem.code}-${index}`}>
                <ButtonBase onClick={() => onShow(problem)} sx={PROBLEM_BUTTON}>
                  <Icon fontSize="small" color={error ? 'error' : 'warning'} aria-hidden sx={{ mt: 0.25 }} />
                  <Typography variant="body2" component="span">
                    <Box component="span" sx={{ fontWeight: 600, color: error ? 'error.main' : 'warning.main' }}>
                      {t(error ? 'problems.error' : 'problems.warning')}:
                    </Box>{' '}
                    {problem.message}
                  </Typography>
                </ButtonBase>
              </Box>
            );
          })}
        </List>
      )}
    </Box>
  );
});
