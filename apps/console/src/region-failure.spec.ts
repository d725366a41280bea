import { ServerError, CombinedGraphQLErrors } from '@apollo/client/errors';
import { failureText, regionFailureOf } from './region-failure';

const serverError = (status: number, bodyText: string) =>
  new ServerError('Response not successful', { response: new Response(bodyText, { status }), bodyText });

describe('regionFailureOf', () => {
  it('tells a gateway that is not running from one that answered with an error', () => {
    expect(regionFailureOf(new TypeError('Failed to fetch'))).toMatchObject({ kind: 'not-running' });
    expect(regionFailureOf(new DOMException('signal timed out', 'TimeoutError'))).toEqual({
      kind: 'not-running',
      reason: 'no answer within 6 seconds',
    });
    expect(regionFailureOf(serverError(502, '<html>Bad Gateway</html>'))).toEqual({
      kind: 'error',
      status: 502,
      reason: '<html>Bad Gateway</html>',
    });
  });

  it('gives the reason a gateway answered with, and its code', () => {
    const body = JSON.stringify({
      errors: [
        { message: "The region's partners subgraph did not answer", extensions: { code: 'SUBGRAPH_UNAVAILABLE' } },
      ],
    });
    const failure = regionFailureOf(serverError(500, body));
    expect(failure).toEqual({
      kind: 'error',
      status: 500,
      code: 'SUBGRAPH_UNAVAILABLE',
      reason: "The region's partners subgraph did not answer",
    });
    expect(failureText(failure)).toBe(
      "Answered with an error (HTTP 500): The region's partners subgraph did not answer",
    );
    const graphql = new CombinedGraphQLErrors({
      errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }],
    });
    expect(regionFailureOf(graphql)).toEqual({ kind: 'error', code: 'FORBIDDEN', reason: 'Not allowed' });
    expect(failureText(regionFailureOf(new TypeError('Failed to fetch')))).toBe(
      'Not running: no connection: the gateway is not running or cannot be reached.',
    );
  });
});
