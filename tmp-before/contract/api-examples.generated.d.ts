export declare const ROUTE_RESPONSE_EXAMPLE: unknown;
export declare const NETWORK_DETAIL_EXAMPLE: unknown;
export declare const TERMINAL_LIST_EXAMPLE: unknown;
export declare const SERVICE_LIST_EXAMPLE: unknown;
export declare const BORDER_LIST_EXAMPLE: unknown;
export declare const NETWORK_GEOJSON_EXAMPLE: unknown;
//# sourceMappingURL=api-examples.generated.d.ts.map