/** The query behind the documented route answer (src/contract/api-examples.generated.ts). */
export declare const ROUTE_EXAMPLE_QUERY: {
    readonly from: "Ordos";
    readonly to: "Moscow";
    readonly shipment: {
        readonly feu: 1;
    };
    readonly objective: "cost";
    readonly alternatives: 1;
    readonly depart: "2025-03-03T00:00:00Z";
};
//# sourceMappingURL=api-example-queries.d.ts.map