/** matrix: lane matrices (origins × destinations), planned pair by pair and written as CSV; shared by the API and `corridor matrix`. */
export { runMatrixTask, type MatrixPair, type MatrixTask } from './matrix-task.ts';
export { matrixToCsv, placesFromListFile } from './matrix-csv.ts';
//# sourceMappingURL=index.d.ts.map