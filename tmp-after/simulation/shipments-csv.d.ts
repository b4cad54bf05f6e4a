import { type Issue, type Network } from '../model/index.ts';
import type { CsvShipment } from './scenario.schema.ts';
export declare function parseShipmentsCsv(file: string, text: string, network?: Network): {
    shipments: CsvShipment[];
    issues: Issue[];
};
//# sourceMappingURL=shipments-csv.d.ts.map