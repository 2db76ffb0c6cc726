/**
 * This lab plots two features, so an uploaded CSV must have the header x1,x2,y. The
 * engine checks every row (with line numbers); this only catches the wrong number of
 * columns before the file is sent, to say so in the lab's own words.
 * Returns null when the header fits, otherwise the number of feature columns found.
 */
export function checkTwoFeatureHeader(text: string): number | null {
  const header = text.split(/\r?\n/).find((line) => line.trim() !== '');
  if (header === undefined) return 0;
  const features = header.split(',').length - 1;
  return features === 2 ? null : Math.max(0, features);
}
