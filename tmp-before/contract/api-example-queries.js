/** The query behind the documented route answer (src/contract/api-examples.generated.ts). */
export const ROUTE_EXAMPLE_QUERY = {
    from: 'Ordos',
    to: 'Moscow',
    shipment: { feu: 1 },
    objective: 'cost',
    alternatives: 1,
    depart: '2025-03-03T00:00:00Z',
};
//# sourceMappingURL=api-example-queries.js.map