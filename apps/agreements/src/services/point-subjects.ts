import { badInput } from '@laa/errors';
import { EntityManager } from 'typeorm';
import { PointSubjectKind } from '../entities/negotiation-point';
import { Priority } from '../entities/priority';
import { Target } from '../entities/target';
import { PointSubject } from '../rules/negotiation-voices';
import { nationalIndicators, normaliseIndicatorCode } from '../rules/target-rules';

/** The subject must be part of this agreement (an indicator: national, or carried by one of its targets); returns its ref. */
export async function checkSubject(
  manager: EntityManager,
  agreementId: string,
  kind: PointSubjectKind,
  ref: string | null,
): Promise<string | null> {
  if (kind === PointSubjectKind.AGREEMENT) return null;
  if (!ref) throw badInput(`A point against a ${kind.toLowerCase()} needs subjectRef`);
  if (kind === PointSubjectKind.INDICATOR) {
    const code = normaliseIndicatorCode(ref);
    const onAgreement = await manager.existsBy(Target, { agreementId, indicatorCode: code });
    if (!nationalIndicators().has(code) && !onAgreement)
      throw badInput(`${code} is neither a national indicator nor used by this agreement`);
    return code;
  }
  const entity = kind === PointSubjectKind.PRIORITY ? Priority : Target;
  const exists = /^[0-9a-f-]{36}$/i.test(ref) && (await manager.existsBy(entity, { id: ref, agreementId }));
  if (!exists) throw badInput(`${ref} is not a ${kind.toLowerCase()} of this agreement`);
  return ref;
}

/** What a (checked) subject is, for the rules on who may speak to it. */
export async function subjectOf(
  manager: EntityManager,
  agreementId: string,
  kind: PointSubjectKind,
  ref: string | null,
): Promise<PointSubject> {
  const none = { kind, targetKind: null, national: false, statutory: false };
  if (kind === PointSubjectKind.TARGET && ref) {
    const target = await manager.findOneBy(Target, { id: ref, agreementId });
    return { ...none, targetKind: target?.kind ?? null };
  }
  if (kind === PointSubjectKind.INDICATOR && ref) {
    const indicator = nationalIndicators().get(ref);
    const target = await manager.findOneBy(Target, { agreementId, indicatorCode: ref });
    return { kind, targetKind: target?.kind ?? null, national: !!indicator, statutory: !!indicator?.statutoryDcsf };
  }
  return none;
}
