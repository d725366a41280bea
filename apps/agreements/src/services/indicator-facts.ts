import { EntityManager } from 'typeorm';
import { HeldIndicatorCorrection } from '../entities/held-indicator-correction';
import { HeldCorrectionFact, NationalIndicatorFacts } from '../rules/national-indicator-facts';
import { nationalIndicators } from '../rules/target-rules';

/** The national indicators' polarity and department on the day, corrections held here laid over the file (read in the caller's transaction). */
export async function nationalFactsOn(manager: EntityManager, day: string): Promise<NationalIndicatorFacts> {
  return new NationalIndicatorFacts(nationalIndicators(), await manager.find(HeldIndicatorCorrection), day);
}

/** Replaces what agreements holds of one indicator's polarity and department corrections with evidence's whole list. */
export async function holdCorrections(
  manager: EntityManager,
  indicatorCode: string,
  corrections: (HeldCorrectionFact & { id: string; source: string })[],
): Promise<void> {
  await manager.delete(HeldIndicatorCorrection, { indicatorCode });
  if (corrections.length > 0) await manager.insert(HeldIndicatorCorrection, corrections);
}
