import { Component, ErrorInfo, ReactNode } from 'react';

/**
 * What a page shows if it fails while rendering: a plain message inside the page, so the navigation, the sign-in bar
 * and every other page still work. Keyed by the route in App, so moving to another page starts afresh.
 */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    // The browser's console is where a developer looks; the page says what a user can do.
    console.error('The page failed to render', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div data-testid="page-failed">
        <h1 className="govuk-heading-l">Sorry, there is a problem with this page</h1>
        <p className="govuk-body">The page could not be shown: {error.message}</p>
        <p className="govuk-body">
          Try again, or go back to the{' '}
          <a className="govuk-link" href="#/">
            national view
          </a>
          .
        </p>
        <button type="button" className="govuk-button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
