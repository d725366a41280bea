import { ReferenceStatus, RegionCode } from '@laa/domain';
import { Caller, requireRegionReader } from '@laa/identity';
import { DataSource, In } from 'typeorm';
import { Agreement } from '../entities/agreement';
import { AgreementFence } from '../entities/agreement-fence';
import { ChoiceScope, IndicatorChoices } from '../entities/indicator-choices';
import { Target } from '../entities/target';
import { ROUND_FIRST_YEAR } from '../rules/process-map';
import { IndicatorFacts, KindCounts, summariseChoices } from '../rules/indicator-choices';
import { departmentOf } from '../rules/coverage';
import { nationalFactsOn } from './indicator-facts';
import { NationalIndicatorFacts } from '../rules/national-indicator-facts';
import { nationalIndicators } from '../rules/target-rules';
import { HeldStatutoryMembership } from '../entities/statutory-membership';
import { today } from '../entities/date-column';
import { statutoryCodesInForce } from '../rules/statutory-set';

const STATUS_ORDER = [
  ReferenceStatus.SOURCED,
  ReferenceStatus.INFERRED,
  ReferenceStatus.UNVERIFIED,
  ReferenceStatus.MISSING,
];

/** A national indicator's theme and department (as the data steward corrected it, no peer call), with their marks. */
function factsOf(code: string, national: NationalIndicatorFacts): IndicatorFacts | null {
  const indicator = nationalIndicators().get(code);
  if (!indicator) return null;
  const { department, inferred } = departmentOf({ indicatorCode: code, theme: indicator.theme }, national);
  return {
    title: indicator.title,
    theme: indicator.theme,
    department,
    departmentStatus: inferred ? ReferenceStatus.INFERRED : national.departmentOf(code)!.status,
  };
}

const withAreas = <T extends KindCounts>({ areaCodes, ...rest }: T) => ({
  ...rest,
  areas: areaCodes.map((code) => ({ code })),
});

/** The region's answer to Whitehall's first questions: signed agreements for everyone, drafts for those who read them. */
export class IndicatorChoiceService {
  constructor(
    private readonly db: DataSource,
    private readonly regionCode: RegionCode,
  ) {}

  async of(caller: Caller, scope: ChoiceScope): Promise<IndicatorChoices> {
    // Drafts are negotiating positions: the same readers as the region's round (central departments, Ministers, its GO).
    if (scope === ChoiceScope.ALL) requireRegionReader(caller, this.regionCode);
    const agreements = await this.agreementsIn(scope);
    const targets = agreements.length
      ? await this.db.getRepository(Target).findBy({ agreementId: In(agreements.map((a) => a.id)) })
      : [];
    // The set in force today as agreements holds it (effective-dated, as a data steward may have corrected it).
    const memberships = await this.db.getRepository(HeldStatutoryMembership).find();
    const statutorySet = statutoryCodesInForce(memberships, today());
    const national = await nationalFactsOn(this.db.manager, today());
    const summary = summariseChoices(agreements, targets, (code) => factsOf(code, national), statutorySet);
    return {
      regionCode: this.regionCode,
      scope,
      agreements: summary.agreements,
      indicators: summary.indicators.map((i) => ({ ...withAreas(i), themeStatus: ReferenceStatus.INFERRED })),
      themes: summary.themes.map((t) => ({ ...withAreas(t), themeStatus: ReferenceStatus.INFERRED })),
      departments: summary.departments.map(withAreas),
      statutory: {
        setInForce: statutorySet,
        setStatus: leastCertain(
          memberships.filter((m) => statutorySet.includes(m.indicatorCode)).map((m) => m.status as ReferenceStatus),
        ),
        agreements: summary.agreements,
        complete: summary.statutoryComplete,
        incomplete: summary.statutoryGaps.map((gap) => ({
          area: { code: gap.areaCode },
          stage: gap.stage as Agreement['stage'],
          missing: gap.missing,
        })),
      },
    };
  }

  /** The round's agreements; signed ones are those whose targets Ministers' signature has fenced. */
  private async agreementsIn(scope: ChoiceScope): Promise<Agreement[]> {
    const round = await this.db
      .getRepository(Agreement)
      .find({ where: { regionCode: this.regionCode, firstYear: ROUND_FIRST_YEAR }, order: { areaCode: 'ASC' } });
    if (scope === ChoiceScope.ALL || round.length === 0) return round;
    const signed = await this.db
      .getRepository(AgreementFence)
      .findBy({ agreementId: In(round.map((a) => a.id)), state: 'SIGNED' });
    const ids = new Set(signed.map((f) => f.agreementId));
    return round.filter((a) => ids.has(a.id));
  }
}

function leastCertain(statuses: ReferenceStatus[]): ReferenceStatus {
  return statuses.reduce(
    (worst, s) => (STATUS_ORDER.indexOf(s) > STATUS_ORDER.indexOf(worst) ? s : worst),
    ReferenceStatus.SOURCED,
  );
}
