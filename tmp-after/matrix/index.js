/** matrix: lane matrices (origins × destinations), planned pair by pair and written as CSV; shared by the API and `corridor matrix`. */
export { runMatrixTask } from "./matrix-task.js";
export { matrixToCsv, placesFromListFile } from "./matrix-csv.js";
//# sourceMappingURL=index.js.map