import { useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/** Copies a link to the clipboard and says whether that worked. */
export function useCopy() {
  const [state, setState] = useState<CopyState>('idle');
  async function copy(link: string) {
    try {
      await navigator.clipboard.writeText(link);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return { state, copy };
}
