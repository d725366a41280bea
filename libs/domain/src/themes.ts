/** The four LAA themes (a guide for coverage since 2008, no longer ring-fenced funding blocks). */
export enum Theme {
  CHILDREN_AND_YOUNG_PEOPLE = 'CHILDREN_AND_YOUNG_PEOPLE',
  SAFER_AND_STRONGER_COMMUNITIES = 'SAFER_AND_STRONGER_COMMUNITIES',
  HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE = 'HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE',
  ECONOMIC_DEVELOPMENT_AND_ENVIRONMENT = 'ECONOMIC_DEVELOPMENT_AND_ENVIRONMENT',
}

export const THEME_NAMES: Record<Theme, string> = {
  [Theme.CHILDREN_AND_YOUNG_PEOPLE]: 'Children and Young People',
  [Theme.SAFER_AND_STRONGER_COMMUNITIES]: 'Safer and Stronger Communities',
  [Theme.HEALTHIER_COMMUNITIES_AND_OLDER_PEOPLE]: 'Healthier Communities and Older People',
  [Theme.ECONOMIC_DEVELOPMENT_AND_ENVIRONMENT]: 'Economic Development and the Environment',
};
