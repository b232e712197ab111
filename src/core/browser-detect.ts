interface UaBrand {
  readonly brand: string;
}

interface NavigatorWithUaData {
  readonly userAgent: string;
  readonly userAgentData?: { readonly brands?: readonly UaBrand[] };
}

/** Whether the browser is Microsoft Edge (Chromium), which the CNG guide recommends. */
export function isEdge(nav: NavigatorWithUaData): boolean {
  const brands = nav.userAgentData?.brands;
  if (brands && brands.length > 0) return brands.some((b) => b.brand === 'Microsoft Edge');
  return /\bEdg(?:e|A|iOS)?\/\d/.test(nav.userAgent);
}
