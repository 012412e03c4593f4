// The page shell's entry (index.html): see pageShell.ts.
import { drawPageShell } from './pageShell';

drawPageShell();
