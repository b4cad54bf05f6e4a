/**
 * The observed-shares file `corridor calibrate` fits the choice model to: targets of shares by main
 * mode or by named corridor over some of a scenario's flows, each with its source (or an assumption
 * saying why a figure is taken to hold for these flows), and the tolerance the fit is held to.
 */
import { z } from 'zod';
import { type Issue, type Network } from '../model/index.ts';
import type { Scenario } from './scenario.schema.ts';
export declare const ShareTarget: z.ZodObject<{
    source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
    assumption: z.ZodOptional<z.ZodString>;
    note: z.ZodOptional<z.ZodString>;
    id: z.ZodString;
    by: z.ZodEnum<{
        mode: "mode";
        corridor: "corridor";
    }>;
    flows: z.ZodOptional<z.ZodArray<z.ZodString>>;
    shares: z.ZodRecord<z.ZodString, z.ZodNumber>;
}, z.core.$strict>;
export type ShareTarget = z.infer<typeof ShareTarget>;
export declare const ObservedShares: z.ZodObject<{
    id: z.ZodOptional<z.ZodString>;
    description: z.ZodOptional<z.ZodString>;
    tolerance_pp: z.ZodNumber;
    targets: z.ZodArray<z.ZodObject<{
        source: z.ZodOptional<z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]>>;
        assumption: z.ZodOptional<z.ZodString>;
        note: z.ZodOptional<z.ZodString>;
        id: z.ZodString;
        by: z.ZodEnum<{
            mode: "mode";
            corridor: "corridor";
        }>;
        flows: z.ZodOptional<z.ZodArray<z.ZodString>>;
        shares: z.ZodRecord<z.ZodString, z.ZodNumber>;
    }, z.core.$strict>>;
}, z.core.$strict>;
export type ObservedShares = z.infer<typeof ObservedShares>;
/**
 * Parses an observed-shares file and checks it against the scenario (flows) and the network (modes,
 * corridors, sources): every issue in one list, with file, line and field.
 */
export declare function parseObservedShares(file: string, text: string, scenario: Scenario, network: Network): {
    observed?: ObservedShares;
    issues: Issue[];
};
//# sourceMappingURL=observed-shares.d.ts.map