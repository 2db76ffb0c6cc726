/**
 * CSV files for the upload journeys of the decision-boundary widgets (lessons 2, 14-17):
 * two classes of 2-D points that a line separates, and a file with a bad row on line 4.
 */
export function separableCsv(rows = 40) {
  const lines = ['x1,x2,y'];
  for (let i = 0; i < rows; i++)
    lines.push(`${(i % 2 ? 1 : -1) + (i % 7) / 10},${(i % 5) / 5},${i % 2}`);
  return { name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n')) };
}

export const BAD_ROW_CSV = {
  name: 'bad-row.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('x1,x2,y\n0.5,1.0,1\n-0.5,-1.0,0\n0.7,oops,1\n'),
};
