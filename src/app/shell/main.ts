// The page shell's entry (index.html): see pageShell.ts.
import { drawPageShell, preconnectToBackend } from './pageShell';

preconnectToBackend(location.origin);
drawPageShell();
