import type { Command } from 'commander';
import { type CalibrationResult } from '../../simulation/index.ts';
import type { CliIo } from '../io.ts';
/** The fitted choice block as YAML, with where it came from. */
export declare function choiceBlockYaml(result: CalibrationResult, observedFile: string): string;
export declare function registerCalibrate(program: Command, io: CliIo): void;
//# sourceMappingURL=calibrate.d.ts.map