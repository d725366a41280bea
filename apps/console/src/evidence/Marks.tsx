import { baselineStatuses, baselineStatusesShort, directions, directionsShort } from '../labels';
import { directionTone, referenceMark } from './format';
import { toneTag } from '../govuk/Tag';

/** Generated demo data: never to be read as published statistics. */
export function Synthetic({ when = true }: { when?: boolean }) {
  if (!when) return null;
  return (
    <span className="govuk-tag govuk-tag--yellow synthetic" title="Generated demo data, not published statistics">
      synthetic
    </span>
  );
}

/** A reference value that is not SOURCED: the reader must check it before relying on it. */
export function ReferenceMark({ status, what }: { status: string; what: string }) {
  const mark = referenceMark(status);
  if (!mark) return null;
  return (
    <span
      className={`govuk-tag govuk-tag--purple flag reference ${mark}`}
      title={`The ${what} is ${mark} (${status}): check it before relying on it`}
    >
      {what} {mark}
    </span>
  );
}

export function IndicatorName({
  indicator,
}: {
  indicator: { code: string; title: string | null; titleStatus: string };
}) {
  return (
    <>
      <code>{indicator.code}</code> {indicator.title ?? <em>no title</em>}{' '}
      <ReferenceMark status={indicator.titleStatus} what="title" />
    </>
  );
}

export function DirectionFlag({ direction, short = false }: { direction: string; short?: boolean }) {
  return (
    <span
      className={`${toneTag(directionTone(direction))} flag ${directionTone(direction)}`}
      data-direction={direction}
      title={short ? directions.label(direction) : undefined}
    >
      {(short ? directionsShort : directions).label(direction)}
    </span>
  );
}

export function BaselineFlag({ status, short = false }: { status: string; short?: boolean }) {
  const tone = status === 'RELIABLE' ? 'ok' : 'warning';
  return (
    <span
      className={`${toneTag(tone)} flag ${tone}`}
      data-baseline={status}
      title={short ? baselineStatuses.label(status) : undefined}
    >
      {(short ? baselineStatusesShort : baselineStatuses).label(status)}
    </span>
  );
}
