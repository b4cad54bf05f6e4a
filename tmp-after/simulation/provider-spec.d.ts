/**
 * Route options given as data instead of asked of the planner: a list per origin terminal, each
 * dropped while one of its services, borders, terminals or countries is closed. It can cross to a
 * worker thread (functions cannot), which the worker pool and the tests use.
 */
import type { OptionProvider } from './engine.ts';
import type { RouteOption } from './route-option.ts';
export type ProviderSpec = {
    kind: 'planner';
} | {
    kind: 'fixed';
    options: Record<string, RouteOption[]>;
};
export declare function fixedOptionsProvider(spec: Extract<ProviderSpec, {
    kind: 'fixed';
}>): OptionProvider;
//# sourceMappingURL=provider-spec.d.ts.map