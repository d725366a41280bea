import { evidenceCapabilitiesOf } from './capabilities';

const place = { region: 'E12000003', area: '00CG' };

describe('what the evidence pages offer', () => {
  it('lets the GO analyst keep the evidence but not write or sign the story', () => {
    const can = evidenceCapabilitiesOf([{ role: 'GO_ANALYST', region: 'E12000003' }], place);
    expect(can).toMatchObject({
      readDrafts: true,
      contribute: true,
      chooseFigures: true,
      importEvidence: true,
      importHistory: true,
      writeStory: false,
      defineLocalIndicators: false,
      signOffStory: false,
    });
  });

  it("lets a relationship manager write the story, and only the area's partnership officer sign it off", () => {
    expect(evidenceCapabilitiesOf([{ role: 'RELATIONSHIP_MANAGER', region: 'E12000003' }], place)).toMatchObject({
      writeStory: true,
      defineLocalIndicators: true,
      signOffStory: false,
    });
    const officer = [{ role: 'PARTNERSHIP_OFFICER', region: 'E12000003', area: '00CG' }];
    expect(evidenceCapabilitiesOf(officer, place)).toMatchObject({
      writeStory: true,
      signOffStory: true,
      chooseFigures: true,
      importHistory: false,
    });
    expect(evidenceCapabilitiesOf(officer, { ...place, area: '00CC' })).toMatchObject({
      readDrafts: false,
      writeStory: false,
      signOffStory: false,
      chooseFigures: false,
    });
  });

  it("offers nothing to the public, and no region's changes to another region's GO", () => {
    expect(Object.values(evidenceCapabilitiesOf([], place)).some(Boolean)).toBe(false);
    expect(evidenceCapabilitiesOf([{ role: 'RELATIONSHIP_MANAGER', region: 'E12000001' }], place)).toMatchObject({
      readDrafts: false,
      writeStory: false,
      chooseFigures: false,
    });
  });

  it('lets central analysts read and import but not choose figures; Ministers only read', () => {
    expect(evidenceCapabilitiesOf([{ role: 'DEPARTMENT_ANALYST', department: 'DCSF' }], place)).toMatchObject({
      readDrafts: true,
      contribute: true,
      importEvidence: true,
      chooseFigures: false,
    });
    expect(evidenceCapabilitiesOf([{ role: 'MINISTER', department: 'CLG' }], place)).toMatchObject({
      readDrafts: true,
      contribute: false,
      importEvidence: false,
    });
  });
});
