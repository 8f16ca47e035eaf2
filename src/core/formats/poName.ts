/** A gettext PO (or POT) file, told by its name: the import reads it as PO, the reader says "From the PO file". */
export const isPoFile = (fileName: string): boolean => /\.pot?$/i.test(fileName);
