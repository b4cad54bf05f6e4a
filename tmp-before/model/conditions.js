export {};
//# sourceMappingURL=conditions.js.map