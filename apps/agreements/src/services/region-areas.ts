import { RegionCode } from '@laa/domain';
import { badInput, forbidden, notFound } from '@laa/errors';
import { AreaReference, readAreas } from '@laa/reference-data';

/** The areas of 2008 (reference data, read once) as one region's deployment sees them. */
export class RegionAreas {
  private readonly byCode: ReadonlyMap<string, AreaReference>;
  /** The region's own areas, by name. */
  readonly ofRegion: readonly AreaReference[];

  constructor(
    readonly regionCode: RegionCode,
    areas: AreaReference[] = readAreas(),
  ) {
    this.byCode = new Map(areas.map((area) => [area.code, area]));
    this.ofRegion = areas.filter((a) => a.regionCode === regionCode).sort((a, b) => a.name.localeCompare(b.name));
  }

  /** An area of this region: NOT_FOUND if no area has the code, FORBIDDEN if it is another region's. */
  ownArea(code: string): AreaReference {
    const area = this.byCode.get(code);
    if (!area) throw notFound('Area', code);
    if (area.regionCode !== this.regionCode) {
      throw forbidden(
        `${area.name} (${code}) is in region ${area.regionCode}: its own Government Office opens its agreement`,
      );
    }
    return area;
  }

  /** Area codes as given, each an area of 2008 (of any region: multi-area work crosses regions); BAD_USER_INPUT names the unknown ones. */
  requireKnown(codes: readonly string[]): void {
    const unknown = codes.filter((code) => !this.byCode.has(code));
    if (unknown.length > 0)
      throw badInput(
        `Unknown area code${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}: use 2008 area codes such as 00CG`,
        { unknown },
      );
  }

  /** The areas of the codes given, each known (else BAD_USER_INPUT as requireKnown), in the order given. */
  known(codes: readonly string[]): AreaReference[] {
    this.requireKnown(codes);
    return codes.map((code) => this.byCode.get(code) as AreaReference);
  }
}
