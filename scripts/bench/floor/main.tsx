/**
 * The stack's floor: the list page's first screen built the plain way, with React 19 and MUI 9 and
 * nothing else (no router, no query cache, no schemas, no translations, no virtualizer). Lighthouse
 * measures it beside the app (scripts/bench/lighthouse.ts), so the app's figures can be read against
 * what this stack costs before any of the app's own code runs.
 */
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import AppBar from '@mui/material/AppBar';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Container from '@mui/material/Container';
import CssBaseline from '@mui/material/CssBaseline';
import IconButton from '@mui/material/IconButton';
import Paper from '@mui/material/Paper';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Toolbar from '@mui/material/Toolbar';
import Typography from '@mui/material/Typography';
import { ThemeProvider, createTheme } from '@mui/material/styles';

const theme = createTheme({ cssVariables: true, colorSchemes: { light: true, dark: true } });

interface Row {
  id: number;
  name: string;
  kind: string;
  size: number;
}

/** As many rows as the app's list mounts on a phone's first screen (its cards, plus the overscan). */
const ROW_COUNT = 16;
const KINDS = ['Static', 'Dynamic', 'Updatable'];

function List() {
  const [rows, setRows] = useState<Row[] | null>(null);
  // The rows arrive after a round trip, as the app's do: a second render, like the app's first rows.
  useEffect(() => {
    void fetch(window.location.href).then(() =>
      setRows(
        Array.from({ length: ROW_COUNT }, (_, index) => ({
          id: index + 1,
          name: `Segment number ${index + 1}`,
          kind: KINDS[index % KINDS.length]!,
          size: (index + 1) * 1234,
        })),
      ),
    );
  }, []);
  const numbers = new Intl.NumberFormat('en');
  return (
    <Container sx={{ py: 3 }}>
      <Typography variant="h4" component="h1" gutterBottom>
        Segments
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, mb: 2 }}>
        <TextField size="small" label="Search" />
        <Button variant="contained">New segment</Button>
      </Box>
      <Paper>
        <Table size="small" aria-label="Segments">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Type</TableCell>
              <TableCell align="right">Size</TableCell>
              <TableCell aria-label="Actions" />
            </TableRow>
          </TableHead>
          <TableBody>
            {(rows ?? []).map((row) => (
              <TableRow key={row.id} hover>
                <TableCell>
                  <a href={`/segments/${row.id}`}>{row.name}</a>
                </TableCell>
                <TableCell>
                  <Chip size="small" variant="outlined" label={row.kind} />
                </TableCell>
                <TableCell align="right">{numbers.format(row.size)}</TableCell>
                <TableCell>
                  <IconButton aria-label={`Actions for ${row.name}`} size="small">
                    ⋮
                  </IconButton>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Paper>
    </Container>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <AppBar position="sticky">
        <Toolbar>
          <Typography variant="h6" component="div" sx={{ flexGrow: 1 }}>
            Segment Studio
          </Typography>
          <Button color="inherit">Segments</Button>
          <Button color="inherit">Settings</Button>
        </Toolbar>
      </AppBar>
      <List />
    </ThemeProvider>
  </StrictMode>,
);
