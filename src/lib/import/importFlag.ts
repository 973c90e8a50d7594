/** localStorage key set while an imported dataset is stored: without it the app never loads the IndexedDB code. */
export const IMPORT_FLAG = 'gov-reports-imported';
