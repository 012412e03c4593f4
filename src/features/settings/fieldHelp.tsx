import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

/**
 * A field's helper text: the error first, then the standing help, both in the one helper element
 * MUI links to the input (aria-describedby), so a screen reader hears why and what to do.
 */
export function fieldHelp(error: string | undefined, help: ReactNode): ReactNode {
  if (!error) return help;
  return (
    <>
      <Box component="span" sx={{ display: 'block' }}>
        {error}
      </Box>
      {help ? (
        <Box component="span" sx={{ display: 'block', color: 'text.secondary' }}>
          {help}
        </Box>
      ) : null}
    </>
  );
}
