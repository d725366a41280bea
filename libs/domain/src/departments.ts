/** Central departments represented through the Government Offices ("Whitehall in the regions"). */
export enum Department {
  CLG = 'CLG',
  DCSF = 'DCSF',
  DH = 'DH',
  HOME_OFFICE = 'HOME_OFFICE',
  DWP = 'DWP',
  DEFRA = 'DEFRA',
  DFT = 'DFT',
  DCMS = 'DCMS',
  BERR = 'BERR',
  DIUS = 'DIUS',
  MOJ = 'MOJ',
  DECC = 'DECC',
}

export const DEPARTMENT_NAMES: Record<Department, string> = {
  [Department.CLG]: 'Communities and Local Government',
  [Department.DCSF]: 'Children, Schools and Families',
  [Department.DH]: 'Health',
  [Department.HOME_OFFICE]: 'Home Office',
  [Department.DWP]: 'Work and Pensions',
  [Department.DEFRA]: 'Environment, Food and Rural Affairs',
  [Department.DFT]: 'Transport',
  [Department.DCMS]: 'Culture, Media and Sport',
  [Department.BERR]: 'Business, Enterprise and Regulatory Reform',
  [Department.DIUS]: 'Innovation, Universities and Skills',
  [Department.MOJ]: 'Justice',
  [Department.DECC]: 'Energy and Climate Change (from October 2008)',
};

/** Reads a department as written in the reference data ("Defra (DECC from Oct 2008)" is Defra in 2008). */
export function departmentFromText(text: string): Department | undefined {
  const head = text.trim().split(/[\s(]/)[0]?.toUpperCase();
  if (!head) return undefined;
  if (head === 'HOME') return Department.HOME_OFFICE;
  return (Object.values(Department) as string[]).includes(head) ? (head as Department) : undefined;
}
