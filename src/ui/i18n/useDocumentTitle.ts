import { useEffect } from 'react';

/** Sets the tab's title while the calling page is shown; it follows the text (and so the language). */
export function useDocumentTitle(title: string | undefined): void {
  useEffect(() => {
    if (title) document.title = title;
  }, [title]);
}
