/** "NI 31", "ni31" and "31" all mean NI31; local codes are kept as given. */
export function normaliseIndicatorCode(code: string): string {
  const trimmed = code.trim();
  const national = /^(?:NI\s*)?0*(\d{1,3})$/i.exec(trimmed);
  return national ? `NI${Number(national[1])}` : trimmed;
}
