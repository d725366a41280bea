import { RefObject, useEffect } from 'react';

type GovukComponent = new (root: Element) => unknown;

/**
 * Starts a GOV.UK Frontend script on a component's root once it is in the page (React renders after
 * govuk-frontend's initAll would run, so each component starts its own). A browser GOV.UK Frontend does not
 * support gets the markup without the script: it throws, and the component still reads and works as HTML.
 */
export function useGovukModule(ref: RefObject<Element | null>, Component: GovukComponent): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    try {
      new Component(root);
    } catch (error) {
      console.warn('GOV.UK Frontend script not started', error);
    }
  }, [ref, Component]);
}
