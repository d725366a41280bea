import { ErrorCode } from '@laa/errors';
import { Response } from 'express';

/** A request answered before Apollo saw it: what the access log records. */
export interface Refusal {
  status: number;
  code: string;
}

/** Answers a request with one GraphQL error, as Apollo would, before Apollo sees it; notes it for the access log. */
export function refuseRequest(
  res: Response,
  status: number,
  code: ErrorCode | string,
  message: string,
  details: Record<string, unknown> = {},
): void {
  res.locals.refusal = { status, code } satisfies Refusal;
  res.status(status).json({ errors: [{ message, extensions: { code, ...details } }] });
}

export const refusalOf = (res: Response): Refusal | undefined => res.locals.refusal as Refusal | undefined;
