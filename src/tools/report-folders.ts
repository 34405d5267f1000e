/** The report folders npm test writes, one per profile: in-process, over HTTP and in the browser, both releases. */
export const RUN_FOLDERS = [
  'reports',
  'reports/brazil',
  'reports/remote',
  'reports/remote-brazil',
  'reports/ui',
  'reports/ui-brazil',
]
