/**
 * Which URL settings the widgets on the page have, and which of them a link could not use.
 * Every useUrlSettings registers here while mounted, so the page can list the settings an
 * instructor may lock and say which parts of a link (a lock, an old setting) it ignored.
 */
import { useEffect, useId } from 'react';
import { create } from 'zustand';

interface Registration {
  /** URL names, prefix included */
  names: readonly string[];
  /** URL names whose value in the link could not be used */
  invalid: readonly string[];
}

interface LinkFieldsState {
  registrations: Readonly<Record<string, Registration>>;
  register(key: string, registration: Registration): void;
  unregister(key: string): void;
}

export const linkFieldsStore = create<LinkFieldsState>()((set) => ({
  registrations: {},
  register: (key, registration) =>
    set((state) => ({ registrations: { ...state.registrations, [key]: registration } })),
  unregister: (key) =>
    set((state) => {
      const { [key]: _gone, ...rest } = state.registrations;
      return { registrations: rest };
    }),
}));

/** Registers a widget's URL names (and the ones it could not use) while it is mounted. */
export function useRegisterLinkFields(names: readonly string[], invalid: readonly string[] = []) {
  const key = useId();
  const namesKey = names.join(',');
  const invalidKey = invalid.join(',');
  useEffect(() => {
    linkFieldsStore.getState().register(key, {
      names: namesKey === '' ? [] : namesKey.split(','),
      invalid: invalidKey === '' ? [] : invalidKey.split(','),
    });
  }, [key, namesKey, invalidKey]);
  useEffect(() => () => linkFieldsStore.getState().unregister(key), [key]);
}

function union(lists: Iterable<readonly string[]>): string[] {
  const all = new Set<string>();
  for (const list of lists) for (const name of list) all.add(name);
  return [...all];
}

/** The URL names of every setting on the page, in the order the widgets registered them. */
export function useKnownLinkFields(): string[] {
  const registrations = linkFieldsStore((state) => state.registrations);
  return union(Object.values(registrations).map((r) => r.names));
}

/** The URL names whose values the link could not use, over all widgets. */
export function useInvalidLinkFields(): string[] {
  const registrations = linkFieldsStore((state) => state.registrations);
  return union(Object.values(registrations).map((r) => r.invalid));
}
