import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { Link as RouterLink } from 'react-router';

/** "Nothing here": a heading, why, and a way back to the segment list. */
export function NotFoundMessage({ title, body, back }: { title: string; body: string; back: string }) {
  return (
    <Box sx={{ maxWidth: 560, mx: 'auto', my: 8, textAlign: 'center' }}>
      <Typography variant="h1" gutterBottom>
        {title}
      </Typography>
      <Typography color="textSecondary" sx={{ mb: 3 }}>
        {body}
      </Typography>
      <Button variant="contained" component={RouterLink} to="/segments">
        {back}
      </Button>
    </Box>
  );
}
