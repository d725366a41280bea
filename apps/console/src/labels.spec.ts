import { DEPARTMENT_NAMES, THEME_NAMES } from '@laa/domain/vocabulary';
import {
  approvers,
  areaTypes,
  baselineStatuses,
  baselineStatusesShort,
  departments,
  directions,
  directionsShort,
  milestoneStatuses,
  negotiationStages,
  partnerSectors,
  pointStatuses,
  polarities,
  priorityCriteria,
  readable,
  rejectionReasons,
  roles,
  signOffStages,
  softEvidenceKinds,
  stretchJudgements,
  targetChanges,
  targetChangeStatuses,
  targetKinds,
  themes,
  Vocabulary,
} from './labels';

const ALL: Record<string, Vocabulary<string>> = {
  approvers,
  areaTypes,
  baselineStatuses,
  baselineStatusesShort,
  departments,
  directions,
  directionsShort,
  milestoneStatuses,
  negotiationStages,
  partnerSectors,
  pointStatuses,
  polarities,
  priorityCriteria,
  rejectionReasons,
  roles,
  signOffStages,
  softEvidenceKinds,
  stretchJudgements,
  targetChanges,
  targetChangeStatuses,
  targetKinds,
  themes,
};

describe("the console's words for the API's codes", () => {
  it('names the stages, sectors and roles people read', () => {
    expect(negotiationStages.label('SUBMITTED')).toBe('Submitted for sign-off');
    expect(negotiationStages.label('PROCESS_MAP')).toBe('Process map');
    expect(signOffStages.label('RD_RECOMMENDED')).toBe('Recommended by the RD');
    expect(partnerSectors.label('JOBCENTRE_PLUS')).toBe('Jobcentre Plus');
    expect(partnerSectors.label('VOLUNTARY_COMMUNITY_FAITH')).toBe('Voluntary, community and faith sector');
    expect(roles.label('THEME_LEAD')).toBe('GO theme lead');
    expect(targetKinds.label('STATUTORY_DCSF')).toBe('Statutory (DCSF)');
  });

  it('keeps a role recorded in words as it was written', () => {
    expect(roles.label('LSP chair')).toBe('LSP chair');
    expect(readable('Regional Director')).toBe('Regional Director');
  });

  it("uses libs/domain's names for themes and departments", () => {
    expect(themes.codes.map(themes.label)).toEqual(Object.values(THEME_NAMES));
    expect(departments.label('HOME_OFFICE')).toBe(DEPARTMENT_NAMES.HOME_OFFICE);
    expect(departments.codes).toHaveLength(Object.keys(DEPARTMENT_NAMES).length);
  });

  it('lists the stages in process order', () => {
    expect(negotiationStages.codes).toEqual(['PROCESS_MAP', 'PRIORITIES', 'INDICATORS', 'TARGETS', 'SUBMITTED']);
    expect(signOffStages.codes).toEqual([
      'NOT_STARTED',
      'LSP_SIGNED_OFF',
      'PARTNERS_AGREED',
      'TARGETS_SIGNED_OFF',
      'RD_RECOMMENDED',
      'SIGNED',
    ]);
  });

  it('still reads a code it has no words for as words, never as the code', () => {
    expect(signOffStages.label('SOMETHING_NEW')).toBe('Something new');
    expect(pointStatuses.label('constructor')).toBe('constructor');
  });

  it('gives every code of every vocabulary words of its own, none of them a code', () => {
    for (const [name, vocabulary] of Object.entries(ALL)) {
      const words = vocabulary.codes.map(vocabulary.label);
      expect({ name, codes: words.filter((w) => /^[A-Z][A-Z0-9_]+$/.test(w) && w.includes('_')) }).toEqual({
        name,
        codes: [],
      });
      expect({ name, unique: new Set(words).size }).toEqual({ name, unique: words.length });
    }
  });
});
